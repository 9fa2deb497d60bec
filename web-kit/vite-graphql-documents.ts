import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import MagicString from 'magic-string';
import { type ESTree, parseSync, type Plugin, Visitor } from 'vite';

const VIRTUAL_PREFIX = 'virtual:graphql-document/';
const RESOLVED_PREFIX = `\0${VIRTUAL_PREFIX}`;

/** What codegen's client preset wrote into the artifact directory, read for one build. */
interface Artifacts {
  /** `graphql()`'s lookup table in gql.ts: the document's source text → its export in graphql.ts. */
  exportBySource: Map<string, string>;
  /** Each document export of graphql.ts → the source of its DocumentNode literal. */
  literalByExport: Map<string, string>;
}

/**
 * Ships each GraphQL document in the chunk of the page that uses it (issue 15).
 *
 * Codegen's client preset puts every document of an app into one module (`src/gql/graphql.ts`,
 * reached through the `graphql()` lookup table in `gql.ts`); a bundler cannot split a module, so
 * every document landed in the first-load chunk. This plugin does what the preset's Babel/SWC
 * plugins do (replace each `graphql(`…`)` call by its generated document) but imports the
 * document from a module of its own, so each page's chunk carries just its documents. The
 * document objects are the ones codegen generated, found through the same lookup table the
 * `graphql()` function uses at run time, so what the apps send (and the gateway's trusted
 * documents) do not change; a call codegen does not know fails the build.
 */
export function graphqlDocumentsPerChunk(artifactDirectory = 'src/gql'): Plugin {
  let artifactDir = '';
  let artifacts: Artifacts | null = null;

  const load = (): Artifacts => {
    artifacts ??= readArtifacts(artifactDir);
    return artifacts;
  };

  return {
    name: 'casework:graphql-documents-per-chunk',
    enforce: 'pre',
    configResolved(config) {
      artifactDir = resolve(config.root, artifactDirectory);
    },
    buildStart() {
      artifacts = null;
    },
    watchChange(id) {
      if (id.startsWith(artifactDir)) artifacts = null;
    },
    // Hook filters keep the bundler from calling into JavaScript for every other module.
    resolveId: {
      filter: { id: new RegExp(`^${VIRTUAL_PREFIX}`) },
      handler: (source) => `\0${source}`,
    },
    load: {
      filter: { id: new RegExp(`^\0${VIRTUAL_PREFIX}`) },
      handler(id) {
        const name = id.slice(RESOLVED_PREFIX.length);
        const literal = load().literalByExport.get(name);
        if (literal === undefined)
          throw new Error(`${join(artifactDir, 'graphql.ts')} has no document ${name}`);
        this.addWatchFile(join(artifactDir, 'graphql.ts'));
        return `export default ${literal};\n`;
      },
    },
    transform: {
      filter: { id: /\.tsx?(\?.*)?$/, code: 'graphql' },
      handler(code, id) {
        const file = id.replace(/\?.*$/, '');
        if (file.startsWith(artifactDir) || file.includes('/node_modules/')) return null;
        const program = parseSync(file, code).program;
        const tags = graphqlImports(program, dirname(file), artifactDir);
        if (tags.size === 0) return null;
        const { exportBySource } = load();
        const out = new MagicString(code);
        const imported = new Set<string>();
        new Visitor({
          CallExpression(call) {
            if (call.callee.type !== 'Identifier' || !tags.has(call.callee.name)) return;
            const source = templateText(call.arguments);
            if (source === null) return;
            const name = exportBySource.get(source);
            if (!name)
              throw new Error(
                `${file}: a graphql() document that ${artifactDirectory} does not hold; run the app's codegen`,
              );
            out.overwrite(call.start, call.end, localName(name));
            imported.add(name);
          },
        }).visit(program);
        if (imported.size === 0) return null;
        out.prepend(
          [...imported]
            .map((n) => `import ${localName(n)} from '${VIRTUAL_PREFIX}${n}';\n`)
            .join(''),
        );
        return { code: out.toString(), map: out.generateMap({ hires: true, source: file }) };
      },
    },
  };
}

const localName = (exportName: string) => `__graphqlDocument_${exportName}`;

/** The local names of `graphql` imported from the artifact directory (its index or gql.ts). */
function graphqlImports(program: ESTree.Program, from: string, artifactDir: string): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const target = resolve(from, statement.source.value).replace(/(\/(index|gql))?\.[jt]sx?$/, '');
    if (target !== artifactDir && target !== join(artifactDir, 'index')) continue;
    for (const specifier of statement.specifiers)
      if (
        specifier.type === 'ImportSpecifier' &&
        specifier.importKind !== 'type' &&
        specifier.imported.type === 'Identifier' &&
        specifier.imported.name === 'graphql'
      )
        names.add(specifier.local.name);
  }
  return names;
}

/** The text of a call's only argument when it is a template literal without substitutions. */
function templateText(args: ESTree.CallExpression['arguments']): string | null {
  const [arg] = args;
  if (args.length !== 1 || arg?.type !== 'TemplateLiteral' || arg.expressions.length > 0)
    return null;
  return arg.quasis[0]?.value.cooked ?? null;
}

/** Reads codegen's lookup table (gql.ts) and document literals (graphql.ts) by their syntax tree. */
function readArtifacts(artifactDir: string): Artifacts {
  const parseFile = (name: string) => {
    const path = join(artifactDir, name);
    const code = readFileSync(path, 'utf8');
    return { code, program: parseSync(path, code).program };
  };

  const exportBySource = new Map<string, string>();
  const gql = parseFile('gql.ts');
  new Visitor({
    VariableDeclarator(declarator) {
      if (declarator.id.type !== 'Identifier' || declarator.id.name !== 'documents') return;
      const table = unwrap(declarator.init);
      if (table?.type !== 'ObjectExpression') return;
      for (const property of table.properties) {
        if (property.type !== 'Property' || property.key.type !== 'Literal') continue;
        const value = property.value;
        if (
          typeof property.key.value === 'string' &&
          value.type === 'MemberExpression' &&
          value.property.type === 'Identifier'
        )
          exportBySource.set(property.key.value, value.property.name);
      }
    },
  }).visit(gql.program);

  const literalByExport = new Map<string, string>();
  const graphql = parseFile('graphql.ts');
  for (const statement of graphql.program.body) {
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const declaration = statement.declaration;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations) {
      const literal = unwrap(declarator.init);
      if (declarator.id.type === 'Identifier' && literal?.type === 'ObjectExpression')
        literalByExport.set(declarator.id.name, graphql.code.slice(literal.start, literal.end));
    }
  }

  if (exportBySource.size === 0 || literalByExport.size === 0)
    throw new Error(
      `${artifactDir}: no documents found in gql.ts/graphql.ts; run the app's codegen`,
    );
  return { exportBySource, literalByExport };
}

/** An expression without its TypeScript `as`/`satisfies` wrappers. */
function unwrap(expression: ESTree.Expression | null | undefined): ESTree.Expression | null {
  let e = expression ?? null;
  while (e && (e.type === 'TSAsExpression' || e.type === 'TSSatisfiesExpression')) e = e.expression;
  return e;
}
