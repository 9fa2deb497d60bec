import {
  DeadlockException,
  LockWaitTimeoutException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../errors/errors.js';
import { refuse } from '../errors/refusal.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a UUID (the form of every id), before PostgreSQL would refuse it. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Ids are UUIDs; anything else is a clear input error rather than a database error. */
export function assertUuid(value: string, field: string): void {
  if (!UUID.test(value)) throw refuse('INVALID_ID', { field, params: { field } });
}

/** Refuses an update made against an older version, and a write that lost a race to another. */
export async function flushVersioned(
  em: EntityManager,
  entity: { id: string; version: number },
  what: string,
  editedVersion: number,
): Promise<void> {
  if (entity.version !== editedVersion)
    throw conflict(what, entity.id, editedVersion, entity.version);
  try {
    await em.flush();
  } catch (error) {
    if (lostRace(error)) throw conflict(what, entity.id, editedVersion, editedVersion + 1);
    throw error;
  }
}

/**
 * A concurrent write of the same version won: the row's version moved on, the history row with the
 * next number (`..._version_...` or `..._number_...` unique constraints) exists, or the two writes
 * deadlocked. Each is a CONFLICT to the loser, never an internal error (issue 14 item 8).
 */
export function lostRace(error: unknown): boolean {
  if (error instanceof OptimisticLockError) return true;
  if (error instanceof DeadlockException || error instanceof LockWaitTimeoutException) return true;
  if (error instanceof UniqueConstraintViolationException) {
    const constraint = (error as { constraint?: unknown }).constraint;
    const text = typeof constraint === 'string' ? constraint : error.message;
    return /version|number/i.test(text);
  }
  return false;
}

/** Turns free text into ILIKE patterns, one per word, with LIKE wildcards in the input escaped. */
export function searchTerms(search: string | null | undefined): string[] {
  return (search ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/**
 * Runs `work` in one transaction on this EntityManager (not a fork), so entities loaded before,
 * jobs enqueued and events published inside all commit or roll back together.
 */
export async function withTransaction<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  await em.begin();
  try {
    const result = await work();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    throw error;
  }
}
