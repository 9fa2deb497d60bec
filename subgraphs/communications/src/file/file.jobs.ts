import { type JobQueue, sqlExecutor, type WorkerDeps } from '@casework/kit';
import { type EntityManager } from '@mikro-orm/postgresql';
import { createFileStores, type FileStores } from './file-routes.js';
import { readFileSettings } from './file-settings.js';
import { type SqlRunner } from './file-store.js';
import { type FileStorage } from './stored-file.entity.js';

export const FILE_CLEANUP_QUEUE = 'communications.file-cleanup';

const BATCH = 100;

function runner(em: EntityManager): SqlRunner {
  const exec = sqlExecutor(em);
  return { query: (text, values) => exec.executeSql(text, values) };
}

/**
 * Deletes files uploaded but never attached after FILES_UNATTACHED_HOURS (with their grants), and
 * the bytes of removed attachments after ATTACHMENT_RETENTION_DAYS (the records stay). Returns how
 * many files it cleaned; idempotent, so a repeated or concurrent run does no harm.
 */
export async function cleanUpFiles(
  em: EntityManager,
  stores: FileStores,
  now = new Date(),
): Promise<number> {
  const settings = readFileSettings();
  const unattachedBefore = new Date(now.getTime() - settings.unattachedHours * 3_600_000);
  const removedBefore = new Date(now.getTime() - settings.retentionDays * 86_400_000);
  let cleaned = 0;
  const unattached = (await runner(em).query(
    `select id, storage from communications.stored_file
      where attached_at is null and created_at < $1 order by created_at limit ${BATCH}`,
    [unattachedBefore],
  )) as { rows: { id: string; storage: string }[] };
  for (const file of unattached.rows) {
    await em.transactional(async (tx) => {
      const sql = runner(tx);
      await stores.byKind(file.storage as FileStorage).purge(sql, file.id);
      await sql.query('delete from communications.upload_grant where file_id = $1', [file.id]);
      await sql.query(
        'delete from communications.stored_file where id = $1 and attached_at is null',
        [file.id],
      );
    });
    cleaned++;
  }
  const removed = (await runner(em).query(
    `select f.id, f.storage from communications.stored_file f
       join communications.attachment a on a.file_id = f.id
      where a.status = 'REMOVED' and a.removed_at < $1 and f.purged_at is null limit ${BATCH}`,
    [removedBefore],
  )) as { rows: { id: string; storage: string }[] };
  for (const file of removed.rows) {
    await em.transactional(async (tx) => {
      const sql = runner(tx);
      await stores.byKind(file.storage as FileStorage).purge(sql, file.id);
      await sql.query('update communications.stored_file set purged_at = now() where id = $1', [
        file.id,
      ]);
    });
    cleaned++;
  }
  await runner(em).query(
    'delete from communications.upload_grant where used_at is null and expires_at < $1',
    [unattachedBefore],
  );
  return cleaned;
}

export async function startFileWorkers(jobs: JobQueue, { orm, logger }: WorkerDeps): Promise<void> {
  const stores = createFileStores();
  await jobs.work(FILE_CLEANUP_QUEUE, async () => {
    const cleaned = await cleanUpFiles(orm.em.fork(), stores);
    if (cleaned) logger.info({ cleaned }, 'files cleaned up');
  });
  await jobs.schedule(FILE_CLEANUP_QUEUE, '17 * * * *');
}
