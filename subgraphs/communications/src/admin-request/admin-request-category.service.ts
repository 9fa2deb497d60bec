import { assertUuid, authorize, can, notFound, refuse, type RequestContext } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { AdminRequestCategory } from './admin-request-category.entity.js';
import { ReferenceNumberKind } from './admin-request-enums.js';
import { type AdminRequestCategoryInput } from './admin-request.input.js';

/** A pattern that compiles and is not absurdly long; matched against the whole number. */
function compile(pattern: string, field: string): RegExp {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    throw refuse('INVALID_PATTERN', { field, params: { property: 'referencePattern' } });
  }
}

/** Refuses a missing or malformed number the category requires (R5.6); returns it trimmed or null. */
export function checkReferenceNumber(
  category: AdminRequestCategory,
  value: string | null | undefined,
  field: string,
): string | null {
  const trimmed = value?.trim() ?? '';
  if (category.referenceKind === ReferenceNumberKind.NONE) return trimmed || null;
  const label = category.referenceKind.toLowerCase().replace(/_/g, ' ');
  const extensions = { rule: 'R5.6' };
  if (!trimmed)
    throw refuse('REFERENCE_NUMBER_REQUIRED', {
      field,
      params: { label, category: category.nameEn },
      extensions,
    });
  const pattern = category.referencePattern;
  if (pattern && !compile(pattern, field).test(trimmed)) {
    const example = category.referenceExample;
    if (example)
      throw refuse('REFERENCE_NUMBER_FORMAT', { field, params: { label, example }, extensions });
    throw refuse('REFERENCE_NUMBER_PATTERN', { field, params: { label, pattern }, extensions });
  }
  return trimmed;
}

/** Categories of administrative requests (R5.5): everyone signed in reads them, agency administrators change them. */
export class AdminRequestCategoryService {
  constructor(private readonly ctx: RequestContext) {}

  list(includeInactive: boolean): Promise<AdminRequestCategory[]> {
    const all = includeInactive && can(this.ctx.identity, 'admin-request:configure');
    return this.ctx.em.find(AdminRequestCategory, all ? {} : { active: true }, {
      orderBy: { sortOrder: 'asc', code: 'asc' },
    });
  }

  async get(id: string, field = 'id'): Promise<AdminRequestCategory> {
    assertUuid(id, field);
    const found = await this.ctx.em.findOne(AdminRequestCategory, id);
    if (!found) throw notFound('AdministrativeRequestCategory', id);
    return found;
  }

  async save(id: string | null, input: AdminRequestCategoryInput): Promise<AdminRequestCategory> {
    authorize(this.ctx.identity, 'admin-request:configure', 'configure request categories');
    const pattern = input.referencePattern?.trim() || null;
    if (pattern) compile(pattern, 'input.referencePattern');
    if (input.referenceKind === ReferenceNumberKind.NONE && pattern)
      throw refuse('PATTERN_WITHOUT_NUMBER', { field: 'input.referencePattern' });
    if (
      pattern &&
      input.referenceExample &&
      !compile(pattern, 'input.referencePattern').test(input.referenceExample)
    )
      throw refuse('EXAMPLE_NOT_MATCHING_PATTERN', { field: 'input.referenceExample' });
    for (const key of ['nameEn', 'nameDe', 'nameIt'] as const)
      if (!input[key].trim())
        throw refuse('BLANK', { field: `input.${key}`, params: { property: key } });
    const { em } = this.ctx;
    const clash = await em.findOne(AdminRequestCategory, { code: input.code });
    if (clash && clash.id !== id)
      throw refuse('CODE_TAKEN', {
        field: 'input.code',
        params: { what: 'category', value: input.code },
      });
    const category = id
      ? await this.get(id)
      : em.create(AdminRequestCategory, { ...input, referencePattern: pattern });
    em.assign(category, {
      ...input,
      nameEn: input.nameEn.trim(),
      nameDe: input.nameDe.trim(),
      nameIt: input.nameIt.trim(),
      referencePattern: pattern,
      referenceExample: input.referenceExample?.trim() || null,
    });
    await em.flush();
    return category;
  }
}

/** R5.5: the demo categories (idempotent). */
export async function seedAdminRequestCategories(em: EntityManager): Promise<void> {
  const invoice = { referencePattern: 'RE-[0-9]{4}-[0-9]{3,6}', referenceExample: 'RE-2026-00123' };
  const rows = [
    {
      code: 'INVOICE_QUERY',
      nameEn: 'Invoice query',
      nameDe: 'Rechnungsanfrage',
      nameIt: 'Domanda su una fattura',
      referenceKind: ReferenceNumberKind.INVOICE_NUMBER,
      ...invoice,
      sortOrder: 1,
    },
    {
      code: 'PAYMENT',
      nameEn: 'Payment',
      nameDe: 'Zahlung',
      nameIt: 'Pagamento',
      referenceKind: ReferenceNumberKind.INVOICE_NUMBER,
      ...invoice,
      sortOrder: 2,
    },
    {
      code: 'CONTRACT_CHANGE',
      nameEn: 'Contract change',
      nameDe: 'Vertragsänderung',
      nameIt: 'Modifica del contratto',
      referenceKind: ReferenceNumberKind.CONTRACT_REFERENCE,
      referencePattern: 'V-[0-9]{4}-[A-Z0-9]{2,10}',
      referenceExample: 'V-2025-SH01',
      sortOrder: 3,
    },
    {
      code: 'ORDER',
      nameEn: 'Order',
      nameDe: 'Auftrag',
      nameIt: 'Ordine',
      referenceKind: ReferenceNumberKind.ORDER_NUMBER,
      referencePattern: 'A-[0-9]{6}',
      referenceExample: 'A-104233',
      sortOrder: 4,
    },
    {
      code: 'OTHER',
      nameEn: 'Other',
      nameDe: 'Sonstiges',
      nameIt: 'Altro',
      referenceKind: ReferenceNumberKind.NONE,
      referencePattern: null,
      referenceExample: null,
      sortOrder: 9,
    },
  ];
  for (const row of rows) {
    if (!(await em.findOne(AdminRequestCategory, { code: row.code })))
      em.create(AdminRequestCategory, row);
  }
  await em.flush();
}
