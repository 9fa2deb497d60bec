import { IsEmail, Length, Matches, Min, ValidateNested, validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { notFound } from './errors.js';
import { flattenValidationErrors } from './format-error.js';
import { placeholdersOf, REFUSALS, renderTemplate } from './refusal-codes.js';
import { fieldRefusal, refuse, refuseFields } from './refusal.js';

describe('refusals with stable codes and parameters (issue 18)', () => {
  it('a rule refusal keeps its category in code, adds reason and params, and words the English message from them', () => {
    const error = refuse('PERIOD_ENDS_BEFORE_START', {
      field: 'input.periodTo',
      params: {
        endField: 'periodTo',
        end: '2026-01-01',
        startField: 'periodFrom',
        start: '2026-02-01',
      },
      extensions: { rule: 'R1.1' },
    });
    const message = 'periodTo (2026-01-01) must not be before periodFrom (2026-02-01)';
    expect(error.message).toBe(`Invalid input: input.periodTo: ${message}`);
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PERIOD_ENDS_BEFORE_START',
      params: {
        endField: 'periodTo',
        end: '2026-01-01',
        startField: 'periodFrom',
        start: '2026-02-01',
      },
      fields: [
        {
          field: 'input.periodTo',
          message,
          code: 'PERIOD_ENDS_BEFORE_START',
          params: {
            endField: 'periodTo',
            end: '2026-01-01',
            startField: 'periodFrom',
            start: '2026-02-01',
          },
        },
      ],
      rule: 'R1.1',
    });
  });

  it('refusals without a field keep their category (NOT_FOUND, FORBIDDEN) and the facts clients read', () => {
    const error = notFound('Person', 'p-1');
    expect(error.message).toBe('Person p-1 was not found');
    expect(error.extensions).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
      params: { entity: 'Person', id: 'p-1' },
      entity: 'Person',
      id: 'p-1',
    });
    expect(
      refuse('NOT_PERMITTED', { params: { action: 'see inquiries' } }).extensions,
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
  });

  it('lists are joined in the English message and kept as lists in params', () => {
    const error = refuse('NO_ACTIVE_SERVICE', {
      field: 'input.serviceIds',
      params: { ids: ['a', 'b'] },
    });
    expect(error.message).toBe('Invalid input: input.serviceIds: no active service with id a, b');
    expect(error.extensions.params).toEqual({ ids: ['a', 'b'] });
  });

  it('several fields at once: each with its own code; the first names the reason', () => {
    const error = refuseFields([
      fieldRefusal('input.dateOfBirth', 'DATE_OF_BIRTH_REQUIRED'),
      fieldRefusal('input.address', 'ADDRESS_REQUIRED'),
    ]);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DATE_OF_BIRTH_REQUIRED',
      fields: [
        {
          field: 'input.dateOfBirth',
          code: 'DATE_OF_BIRTH_REQUIRED',
          message: 'a person needs a date of birth',
        },
        { field: 'input.address', code: 'ADDRESS_REQUIRED', message: 'a person needs an address' },
      ],
    });
  });

  it('every registered code has a category clients know and a well-formed template', () => {
    for (const [reason, { code, message }] of Object.entries(REFUSALS)) {
      expect(reason, reason).toMatch(/^[A-Z][A-Z_]+$/);
      expect(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'], reason).toContain(code);
      expect(message.replace(/\{\{\w+\}\}/g, ''), reason).not.toMatch(/[{}]/);
    }
    expect(placeholdersOf('{{a}} and {{b}}')).toEqual(['a', 'b']);
    expect(renderTemplate('{{a}} and {{b}}', { a: 1 })).toBe('1 and {{b}}');
  });
});

class Address {
  @Matches(/^[A-Z]{2}$/, {
    message: 'country must be a two-letter ISO code',
    context: { code: 'INVALID_COUNTRY' },
  })
  country = 'germany';
}

class Input {
  @Length(1, 5)
  name = '';

  @Length(0, 3, { message: 'comment must be at most 3 characters' })
  comment = 'longer';

  @IsEmail({}, { message: 'email must be an email address' })
  email = 'nope';

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'on must be a date as YYYY-MM-DD' })
  on = '1.1.2026';

  @Min(1)
  version = 0;

  @ValidateNested()
  address = Object.assign(new Address(), {});
}

describe('input errors get codes derived from the failed constraint (issue 18)', () => {
  it('maps length, email, date pattern, minimum and a declared context code, with their limits', async () => {
    const fields = flattenValidationErrors(await validate(new Input()), 'input');
    const byField = Object.fromEntries(fields.map((f) => [f.field, f]));
    expect(byField['input.name']).toMatchObject({
      code: 'LENGTH_OUT_OF_RANGE',
      params: { property: 'name', min: 1, max: 5 },
    });
    expect(byField['input.comment']).toMatchObject({
      code: 'TOO_LONG',
      message: 'comment must be at most 3 characters',
      params: { property: 'comment', max: 3 },
    });
    expect(byField['input.email']).toMatchObject({ code: 'INVALID_EMAIL' });
    expect(byField['input.on']).toMatchObject({ code: 'INVALID_DATE' });
    expect(byField['input.version']).toMatchObject({ code: 'TOO_SMALL', params: { min: 1 } });
    expect(byField['input.address.country']).toMatchObject({ code: 'INVALID_COUNTRY' });
    for (const f of fields) expect(Object.keys(REFUSALS), f.field).toContain(f.code);
  });
});
