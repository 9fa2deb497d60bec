import { placeholdersOf, REFUSALS } from '@casework/kit';
import { describe, expect, it } from 'vitest';
import { parseNewClient } from '../api-clients/api-client.input.js';
import { passwordProblem } from '../identity/invitation.service.js';
import { parseNewWebhook } from '../webhooks/webhook.input.js';
import { type FieldProblem } from './json-errors.js';

const problems = (parsed: { fields: FieldProblem[] } | { value: unknown }) =>
  'fields' in parsed ? parsed.fields : [];

/** Every placeholder of the code's template has a parameter, so the apps can word it. */
function expectTranslatable(fields: FieldProblem[]) {
  for (const f of fields) {
    expect(REFUSALS[f.code], f.code).toBeDefined();
    for (const name of placeholdersOf(REFUSALS[f.code].message))
      expect(Object.keys(f.params ?? {}), `${f.field} ${f.code}`).toContain(name);
  }
}

const byField = (fields: FieldProblem[]) =>
  Object.fromEntries(fields.map((f) => [f.field, { code: f.code, params: f.params }]));

describe('coded field errors of the gateway’s REST routes (issue 17, R6.2)', () => {
  it('R6.2: a refused API client names each field with a stable code, its facts and the English message', () => {
    const fields = problems(
      parseNewClient({
        name: '   ',
        owner: 'x'.repeat(201),
        scopes: ['provider:read', 'everything:write'],
        expiresAt: '2020-01-01T00:00:00Z',
        rateLimitPerMinute: 1.5,
      }),
    );
    expect(byField(fields)).toEqual({
      name: { code: 'BLANK', params: { property: 'name' } },
      owner: { code: 'TOO_LONG', params: { property: 'owner', max: 200 } },
      scopes: {
        code: 'SCOPE_NOT_GRANTABLE',
        params: { property: 'scopes', scopes: expect.stringContaining('provider:read') },
      },
      expiresAt: { code: 'NOT_IN_FUTURE', params: { property: 'expiresAt' } },
      rateLimitPerMinute: { code: 'NOT_WHOLE_NUMBER', params: { property: 'rateLimitPerMinute' } },
    });
    // The English message integrators read so far stays.
    expect(fields.find((f) => f.field === 'name')?.message).toBe('must not be blank');
    expectTranslatable(fields);
  });

  it('R6.2: missing, mistyped, malformed and too distant values each get their own code', () => {
    const fields = problems(
      parseNewClient({
        owner: 42,
        scopes: [],
        expiresAt: 'tomorrow',
        name: 'a\u0000b',
      }),
    );
    expect(byField(fields)).toMatchObject({
      name: { code: 'TEXT_NOT_PRINTABLE' },
      owner: { code: 'INVALID_VALUE' },
      scopes: { code: 'TOO_FEW_ITEMS', params: { min: 1 } },
      expiresAt: { code: 'DATE_TIME_FORMAT' },
    });
    const far = problems(
      parseNewClient({
        name: 'Finance',
        owner: 'IT',
        scopes: ['provider:read'],
        expiresAt: new Date(Date.now() + 5 * 366 * 86_400_000).toISOString(),
      }),
    );
    expect(byField(far)).toEqual({
      expiresAt: { code: 'EXPIRY_TOO_FAR', params: { property: 'expiresAt' } },
    });
    const missing = problems(parseNewClient({}));
    expect(missing.map((f) => [f.field, f.code, f.message])).toContainEqual([
      'name',
      'REQUIRED',
      'is required',
    ]);
    expectTranslatable([...fields, ...far, ...missing]);
  });

  it('R6.2: a refused webhook names a malformed client id, an over-long address and too many event types', () => {
    const fields = problems(
      parseNewWebhook({
        clientId: 'not-an-id',
        url: `https://example.org/${'x'.repeat(2000)}`,
        eventTypes: Array.from({ length: 50 }, (_, i) => `type-${i}`),
      }),
    );
    expect(byField(fields)).toMatchObject({
      clientId: { code: 'INVALID_REFERENCE' },
      url: { code: 'TOO_LONG', params: { max: 2000 } },
      eventTypes: { code: 'TOO_MANY_ITEMS' },
    });
    expectTranslatable(fields);
  });

  it('R6.2: a chosen password is refused with a code per rule, keeping the English wording', () => {
    expect(passwordProblem('short', 'a@b.c')).toEqual({
      field: 'password',
      code: 'TOO_SHORT',
      params: { property: 'password', min: 12 },
      message: 'password must have at least 12 characters',
    });
    expect(passwordProblem('x'.repeat(201), 'a@b.c', 'newPassword')).toMatchObject({
      field: 'newPassword',
      code: 'TOO_LONG',
      params: { property: 'newPassword', max: 200 },
    });
    expect(passwordProblem('Someone@Example.org', 'someone@example.org')).toMatchObject({
      code: 'PASSWORD_IS_EMAIL',
      message: 'password must not be your email address',
    });
    expect(passwordProblem('a good long passphrase', 'a@b.c')).toBeNull();
  });
});
