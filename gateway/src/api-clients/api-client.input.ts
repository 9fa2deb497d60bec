import { type Permission } from '@casework/kit';
import { z } from 'zod';
import { type FieldProblem } from '../http/json-errors.js';
import { fieldProblemsOf } from '../http/zod-field-problems.js';
import { GRANTABLE_SCOPES, type NewClient } from './api-client.store.js';

/** Longest lifetime of a client or a secret: credentials are rotated at least every two years. */
const MAX_LIFETIME_MS = 2 * 366 * 24 * 60 * 60_000;

const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, 'must not be blank')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[\p{Cc}\p{Cs}]/u.test(s), {
      message: 'must not contain control characters or broken characters',
      params: { reason: 'TEXT_NOT_PRINTABLE' },
    });

const future = z.iso
  .datetime({ offset: true, error: 'must be a date and time such as 2027-12-31T00:00:00Z' })
  .transform((s) => new Date(s))
  .refine((d) => d.getTime() > Date.now(), {
    message: 'must be in the future',
    params: { reason: 'NOT_IN_FUTURE' },
  })
  .refine((d) => d.getTime() < Date.now() + MAX_LIFETIME_MS, {
    message: 'must be within two years',
    params: { reason: 'EXPIRY_TOO_FAR' },
  });

const newClientSchema = z.object({
  name: text(100),
  owner: text(200),
  scopes: z
    .array(z.string({ error: 'must be text' }), { error: 'must be a list of scopes' })
    .min(1, 'choose at least one scope')
    .max(GRANTABLE_SCOPES.length, `takes at most ${GRANTABLE_SCOPES.length} scopes`)
    .refine((scopes) => scopes.every((s) => (GRANTABLE_SCOPES as readonly string[]).includes(s)), {
      message: `may only hold scopes an API client can be granted: ${GRANTABLE_SCOPES.join(', ')}`,
      params: { reason: 'SCOPE_NOT_GRANTABLE', scopes: GRANTABLE_SCOPES.join(', ') },
    })
    .transform((scopes) => [...new Set(scopes)] as Permission[]),
  expiresAt: future,
  rateLimitPerMinute: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100_000, 'must be at most 100000')
    .default(600),
});

const newSecretSchema = z.object({ expiresAt: future.nullable().default(null) });

export type Parsed<T> = { value: T } | { fields: FieldProblem[] };

export function parse<T>(schema: z.ZodType<T>, body: unknown): Parsed<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { value: result.data };
  return { fields: fieldProblemsOf(result.error, body ?? {}) };
}

export const parseNewClient = (body: unknown): Parsed<NewClient> => parse(newClientSchema, body);
export const parseNewSecret = (body: unknown): Parsed<{ expiresAt: Date | null }> =>
  parse(newSecretSchema, body);
