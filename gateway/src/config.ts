import { flag, isProduction, port, readEnv } from '@casework/kit';
import { z } from 'zod';

const DEV_ONLY = 'dev-only-secret-change-me-0123456789';

/** Gateway settings from the environment; production refuses to start with development secrets. */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  const e = readEnv(
    {
      HOST: z.string().default('127.0.0.1'),
      GATEWAY_PORT: port(4000),
      DATABASE_URL: z.string().min(1, 'is required (the stack launcher sets it)'),
      INTERNAL_SECRET: z.string().min(16, 'must be at least 16 characters'),
      AUTH_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_ONLY),
      AUTH_TOKEN_TTL_MINUTES: z.coerce
        .number()
        .int()
        .min(1)
        .max(7 * 24 * 60)
        .default(480),
      API_TOKEN_TTL_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
      COOKIE_SECURE: flag(isProduction()),
      CASES_URL: z.url().default('http://127.0.0.1:4001/graphql'),
      PROVIDERS_URL: z.url().default('http://127.0.0.1:4002/graphql'),
      COMMUNICATIONS_URL: z.url().default('http://127.0.0.1:4003/graphql'),
      DEMO_DATA: flag(false),
      MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(10),
      // graphql-armor's cost ignores list sizes; 10000 admits the provider picker (about 5300).
      MAX_QUERY_COST: z.coerce.number().int().min(10).default(10000),
      MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(15),
      MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(2000),
      SIGN_IN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
      SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(100),
      SIGN_IN_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
      // The API explorer (GraphiQL, issue 17): on in development, off in production by default.
      API_EXPLORER: flag(!isProduction()),
      TRUSTED_DOCUMENTS: flag(isProduction()),
      // Webhooks (issue 17): the hosts an administrator allows, and how deliveries are retried.
      WEBHOOK_ALLOWED_HOSTS: z.string().default(''),
      WEBHOOK_REQUIRE_HTTPS: flag(isProduction()),
      WEBHOOK_BLOCK_PRIVATE_ADDRESSES: flag(isProduction()),
      WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(18),
      WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(60),
      WEBHOOK_RETRY_DELAY_MAX_SECONDS: z.coerce.number().int().min(1).default(7200),
      WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
    },
    env,
  );
  if (isProduction() && e.AUTH_TOKEN_SECRET === DEV_ONLY) {
    throw new Error('Invalid configuration:\n  AUTH_TOKEN_SECRET: must be set in production');
  }
  return {
    host: e.HOST,
    port: e.GATEWAY_PORT,
    databaseUrl: e.DATABASE_URL,
    internalSecret: e.INTERNAL_SECRET,
    tokenSecret: e.AUTH_TOKEN_SECRET,
    tokenTtlMinutes: e.AUTH_TOKEN_TTL_MINUTES,
    apiTokenTtlMinutes: e.API_TOKEN_TTL_MINUTES,
    cookieSecure: e.COOKIE_SECURE,
    subgraphUrls: {
      cases: e.CASES_URL,
      providers: e.PROVIDERS_URL,
      communications: e.COMMUNICATIONS_URL,
    } as Record<string, string>,
    demoData: e.DEMO_DATA,
    limits: {
      depth: e.MAX_QUERY_DEPTH,
      cost: e.MAX_QUERY_COST,
      aliases: e.MAX_QUERY_ALIASES,
      tokens: e.MAX_QUERY_TOKENS,
    },
    signInLimits: {
      perAccount: e.SIGN_IN_LIMIT_PER_ACCOUNT,
      perAddress: e.SIGN_IN_LIMIT_PER_ADDRESS,
      windowMinutes: e.SIGN_IN_LIMIT_WINDOW_MINUTES,
    },
    apiExplorer: e.API_EXPLORER,
    trustedDocuments: e.TRUSTED_DOCUMENTS,
    webhooks: {
      allowedHosts: e.WEBHOOK_ALLOWED_HOSTS.split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
      requireHttps: e.WEBHOOK_REQUIRE_HTTPS,
      blockPrivateAddresses: e.WEBHOOK_BLOCK_PRIVATE_ADDRESSES,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      retryDelaySeconds: e.WEBHOOK_RETRY_DELAY_SECONDS,
      retryDelayMaxSeconds: e.WEBHOOK_RETRY_DELAY_MAX_SECONDS,
      timeoutSeconds: e.WEBHOOK_TIMEOUT_SECONDS,
    },
    production: isProduction(),
  };
}

export type GatewayConfig = ReturnType<typeof readGatewayConfig>;
