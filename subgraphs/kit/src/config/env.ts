import { z } from 'zod';

/** Reads and validates environment variables once; a bad value stops the process with the variable named. */
export function readEnv<S extends z.ZodRawShape>(
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const port = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback);

export const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const isProduction = () => process.env.NODE_ENV === 'production';

/** Settings every subgraph shares; each subgraph reads its port from <NAME>_PORT. */
export function readSubgraphEnv(name: string, defaultPort: number) {
  const portVariable = `${name.toUpperCase()}_PORT`;
  const { value: subgraphPort } = readEnv(
    { value: port(defaultPort) },
    { value: process.env[portVariable] },
  );
  const env = readEnv({
    DATABASE_URL: z.string().min(1, 'is required (the stack launcher sets it)'),
    INTERNAL_SECRET: z.string().min(16, 'must be at least 16 characters'),
    HOST: z.string().default('127.0.0.1'),
    DEMO_DATA: flag(false),
    SMTP_URL: z.string().default('smtp://127.0.0.1:1025'),
    MAIL_FROM: z.string().default('Casework <no-reply@casework.local>'),
    PUBLIC_URL: z.url().default('http://127.0.0.1:4000'),
    STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  });
  return {
    databaseUrl: env.DATABASE_URL,
    internalSecret: env.INTERNAL_SECRET,
    host: env.HOST,
    port: subgraphPort,
    demoData: env.DEMO_DATA,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    publicUrl: env.PUBLIC_URL.replace(/\/$/, ''),
    statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
  };
}

export type SubgraphEnv = ReturnType<typeof readSubgraphEnv>;
