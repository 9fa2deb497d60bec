import { groupByKeys } from '../context/loaders.js';
import { type RequestContext } from '../context/request-context.js';
import { AuditEntry, type AuditChange } from './audit-entry.entity.js';

type Snapshot = Record<string, string | null>;

/** A value as the audit shows it: strings as they are, objects (addresses) and dates as text. */
function show(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('name' in value && typeof value.name === 'string') return value.name;
    return Object.values(value)
      .filter((v) => v !== null && v !== undefined && v !== '')
      .join(', ');
  }
  return String(value);
}

/** The audited fields of an entity, taken before and after a change. */
export function snapshot<T extends object>(entity: T, fields: readonly (keyof T & string)[]) {
  return Object.fromEntries(fields.map((f) => [f, show(entity[f])])) as Snapshot;
}

export function changesBetween(before: Snapshot, after: Snapshot): AuditChange[] {
  return Object.keys(after)
    .filter((field) => (before[field] ?? null) !== after[field])
    .map((field) => ({ field, oldValue: before[field] ?? null, newValue: after[field] ?? null }));
}

export interface AuditRecord {
  subjectId: string;
  entityType: string;
  entityId: string;
  action: string;
  before?: Snapshot;
  after: Snapshot;
}

/**
 * Adds an audit entry to the unit of work, so it is stored by the same flush as the change
 * (never one without the other). An update that changed nothing is not recorded.
 */
export function audit(ctx: RequestContext, record: AuditRecord): void {
  const changes = changesBetween(record.before ?? {}, record.after);
  if (record.before && changes.length === 0) return;
  ctx.em.persist(
    ctx.em.create(AuditEntry, {
      subjectId: record.subjectId,
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      changes,
      actorId: ctx.identity.id,
      actor: ctx.identity.name,
    }),
  );
}

/** Audit entries of each subject, newest first, for a DataLoader batch. */
export async function auditTrailsOf(
  ctx: RequestContext,
  subjectIds: readonly string[],
): Promise<AuditEntry[][]> {
  const rows = await ctx.em.find(
    AuditEntry,
    { subjectId: { $in: [...subjectIds] } },
    { orderBy: { at: 'desc', id: 'desc' } },
  );
  return groupByKeys(subjectIds, rows, (r) => r.subjectId);
}

export function loadAuditTrail(ctx: RequestContext, subjectId: string): Promise<AuditEntry[]> {
  return ctx.loaders
    .get<string, AuditEntry[]>('auditTrail', (ids) => auditTrailsOf(ctx, ids))
    .load(subjectId);
}
