import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { type Logger, REFUSALS, type RefusalReason } from '@casework/kit';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';
import { type RequestHandler } from 'express';
import { sendRefusal } from '../http/refusals.js';
import { API_KEY_HEADER, authenticatesByCookie, cookieOf } from '../identity/caller.js';

/** Written by the gateway's build into dist/ (trusted-documents-cli.ts). */
export const TRUSTED_MANIFEST_FILE = 'trusted-documents.json';

/** What the gateway's build writes: the apps' operations by their key. */
export interface TrustedManifest {
  version: 1;
  operations: Record<string, string>;
}

/**
 * The key of one operation of a document: SHA-256 of the operation and the fragments it uses
 * (sorted), printed without `__typename` fields (Apollo Client adds them when it sends), so the
 * operation an app's source holds and the one its Apollo Client sends get the same key.
 */
export function operationKey(document: DocumentNode, operationName?: string | null): string | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return null;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  const withoutTypename = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      Field: (field) => (field.name.value === '__typename' && !field.alias ? null : undefined),
    });
  const printed = [
    operation,
    ...[...used.values()].sort((a, b) => a.name.value.localeCompare(b.name.value)),
  ]
    .map((d) => print(withoutTypename(d)))
    .join('\n');
  return createHash('sha256').update(printed).digest('hex');
}

/** Every operation of the documents, keyed (the build's manifest). */
export function manifestOf(documents: readonly DocumentNode[]): TrustedManifest {
  const operations: Record<string, string> = {};
  const fragments = documents.flatMap((d) =>
    d.definitions.filter((x) => x.kind === Kind.FRAGMENT_DEFINITION),
  );
  for (const document of documents)
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) continue;
      // Fragments may live in other files of the app: all of them are offered.
      const whole: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition, ...fragments] };
      const key = operationKey(whole, definition.name.value);
      if (key) operations[key] = definition.name.value;
    }
  return { version: 1, operations };
}

export function readManifest(path: string): TrustedManifest | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as TrustedManifest;
}

interface GraphQLRequestBody {
  query?: unknown;
  operationName?: unknown;
}

/** The apps' own operations (the build's manifest), asked by HTTP and graphql-ws alike. */
export interface TrustedDocuments {
  allows(document: DocumentNode, operationName?: string | null): boolean;
}

/** The manifest's lookup; a missing manifest allows nothing (fail closed). */
export function trustedDocuments(
  manifest: TrustedManifest | null,
  logger: Logger,
): TrustedDocuments {
  if (!manifest)
    logger.warn('TRUSTED_DOCUMENTS is on but no manifest was built: the apps cannot query');
  const known = new Set(Object.keys(manifest?.operations ?? {}));
  return {
    allows: (document, operationName) => {
      const key = operationKey(document, operationName);
      return key !== null && known.has(key);
    },
  };
}

/** The refusal of an operation the session cookie may not run (kit's OPERATION_NOT_TRUSTED). */
export const NOT_TRUSTED = 'OPERATION_NOT_TRUSTED' satisfies RefusalReason;

/** The refusal as a GraphQL error (graphql-ws), worded and coded as over HTTP. */
export function notTrustedError(): GraphQLError {
  const { code, message } = REFUSALS[NOT_TRUSTED];
  return new GraphQLError(message.charAt(0).toUpperCase() + message.slice(1), {
    extensions: { code, reason: NOT_TRUSTED, params: {} },
  });
}

/**
 * Trusted documents (issue 17): with the session cookie, only the apps' own operations run
 * (an injected script cannot use the whole API with a user's session); API clients and bearer
 * tokens keep the full API. The live server asks the same `TrustedDocuments` (live-server.ts).
 */
export function trustedDocumentsGuard(trusted: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    if (
      !authenticatesByCookie(req.headers.authorization, cookieOf(req), req.header(API_KEY_HEADER))
    )
      return next();
    const bodies = (
      Array.isArray(req.body) ? req.body : [req.method === 'GET' ? req.query : req.body]
    ) as GraphQLRequestBody[];
    for (const body of bodies) {
      let allowed = false;
      try {
        if (typeof body?.query === 'string')
          allowed = trusted.allows(
            parse(body.query, { maxTokens: 20_000 }),
            typeof body.operationName === 'string' ? body.operationName : null,
          );
      } catch {
        allowed = false;
      }
      if (!allowed) return sendRefusal(res, NOT_TRUSTED);
    }
    next();
  };
}
