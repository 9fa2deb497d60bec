import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { graphqlDocumentsPerChunk } from './vite-graphql-documents.ts';

/**
 * Vite settings both apps share. Each app is served by the gateway under its own base path, and
 * in development Vite proxies the API to a running `npm start`.
 */
export function webAppConfig(base: string, devPort: number): UserConfig {
  const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
  return defineConfig({
    base,
    plugins: [react(), graphqlDocumentsPerChunk()],
    // Carbon's styles refer to the IBM Plex fonts as ~@ibm/plex; resolve them from node_modules.
    resolve: { alias: [{ find: /^~(@ibm\/.*)$/, replacement: '$1' }] },
    css: {
      preprocessorOptions: {
        scss: { quietDeps: true, silenceDeprecations: ['global-builtin', 'import'] },
      },
    },
    // The manifest lists each chunk's imports: first-load.ts sums what a page downloads from it.
    build: { outDir: 'dist', sourcemap: true, manifest: true, chunkSizeWarningLimit: 2000 },
    server: {
      port: devPort,
      proxy: {
        '/graphql': { target: gateway, ws: true },
        '/auth': gateway,
      },
    },
  });
}
