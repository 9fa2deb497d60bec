// GraphiQL's editors (Monaco) run language services in web workers. graphiql ships a
// `setup-workers/vite` module for this, but its `?worker` imports sit inside node_modules, where
// Vite's dependency pre-bundling cannot load them: `npm run dev` stopped at start with
// UNLOADABLE_DEPENDENCY. From the app's own source, Vite's worker plugin handles them in dev and build.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

/** What Monaco reads from the global scope to start a worker for a language. */
interface MonacoEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

(globalThis as { MonacoEnvironment?: MonacoEnvironment }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === 'graphql') return new GraphQLWorker();
    if (label === 'json') return new JsonWorker();
    return new EditorWorker();
  },
};
