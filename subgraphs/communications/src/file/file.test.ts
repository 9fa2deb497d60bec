import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role, signInternalToken, type Identity } from '@casework/kit';
import { DEMO_PERSONS } from '@casework/contracts';
import {
  samplePdf,
  startTestSubgraph,
  TEST_SECRET,
  testIdentity,
  type TestSubgraph,
} from '@casework/testing';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';
import { createFileStores } from './file-routes.js';
import { cleanUpFiles } from './file.jobs.js';
import { FileService } from './file.service.js';
import { FilePurpose } from './file-purpose.js';
import { StoredFile } from './stored-file.entity.js';

const GRANT = `mutation($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl } }`;
const ORG_A = '0b9e5f5a-0002-4000-8000-00000000000a';
const ORG_B = '0b9e5f5a-0002-4000-8000-00000000000b';
const caseworker = testIdentity([Role.CASEWORKER], { id: 'cw-1', clearance: 2 });
const providerA = testIdentity([Role.PROVIDER_ADMIN], { id: 'pa-1', organisationId: ORG_A });
const providerB = testIdentity([Role.PROVIDER_ADMIN], { id: 'pb-1', organisationId: ORG_B });

async function send(
  sg: TestSubgraph,
  who: Identity,
  input: Record<string, unknown>,
  bytes: Buffer,
) {
  const granted = await sg.query<{ requestUpload: { uploadUrl: string } }>(GRANT, { input }, who);
  expect(granted.errors).toBeUndefined();
  const res = await fetch(new URL(granted.data!.requestUpload.uploadUrl, sg.url), {
    method: 'POST',
    headers: { authorization: `Internal ${await signInternalToken(who, TEST_SECRET)}` },
    body: new Uint8Array(bytes),
  });
  return {
    status: res.status,
    body: (await res.json()) as { file?: { id: string; sha256: string } },
  };
}

describe('files in PostgreSQL (R3.4, R5.7)', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(communicationsSubgraph);
  });
  afterAll(() => sg?.stop());

  it('R3.4: the upload route refuses calls without the internal token', async () => {
    const res = await fetch(
      new URL('/files/uploads/00000000-0000-4000-8000-000000000000', sg.url),
      {
        method: 'POST',
        body: 'x',
      },
    );
    expect(res.status).toBe(401);
  });

  it('R3.4: bytes and SHA-256 are stored in one transaction; a tampered chunk is never served as the file', async () => {
    const pdf = samplePdf(3_000_000);
    const sent = await send(
      sg,
      caseworker,
      { purpose: 'CASE_ATTACHMENT', fileName: 'scan.pdf', size: pdf.length },
      pdf,
    );
    expect(sent.status).toBe(201);
    const { createHash } = await import('node:crypto');
    expect(sent.body.file!.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const chunks = await sg.orm.em
      .getConnection()
      .execute<{ n: number }[]>(
        'select n from communications.file_chunk where file_id = ? order by n',
        [sent.body.file!.id],
      );
    expect(chunks.map((c) => c.n)).toEqual([0, 1, 2]);
    const added = await sg.query<{ addAttachment: { downloadUrl: string } }>(
      `mutation($input: AddAttachmentInput!) { addAttachment(input: $input) { downloadUrl } }`,
      {
        input: {
          fileId: sent.body.file!.id,
          subjectType: 'PERSON',
          subjectId: DEMO_PERSONS.annaSchmidt,
        },
      },
      caseworker,
    );
    const url = new URL(added.data!.addAttachment.downloadUrl, sg.url);
    const headers = {
      authorization: `Internal ${await signInternalToken(caseworker, TEST_SECRET)}`,
    };
    const good = await fetch(url, { headers });
    expect(Buffer.from(await good.arrayBuffer()).equals(pdf)).toBe(true);
    await sg.orm.em
      .getConnection()
      .execute(
        `update communications.file_chunk set data = overlay(data placing '\\x00'::bytea from 10 for 1) where file_id = ? and n = 1`,
        [sent.body.file!.id],
      );
    const bad = await fetch(url, { headers });
    const got = await bad.arrayBuffer().then(
      (b) => Buffer.from(b),
      () => null,
    );
    // Cut off before the end: the client can tell that it did not get the file.
    expect(got === null || got.length < pdf.length).toBe(true);
  });

  it('R5.7: an administrative request file is readable by its organisation only, once attached', async () => {
    const pdf = samplePdf();
    const sent = await send(
      sg,
      providerA,
      {
        purpose: 'ADMINISTRATIVE_REQUEST',
        fileName: 'iban.pdf',
        size: pdf.length,
        noPhiConfirmed: true,
      },
      pdf,
    );
    expect(sent.status).toBe(201);
    const em = sg.orm.em.fork();
    const file = await new FileService(em, providerA).claim(
      sent.body.file!.id,
      FilePurpose.ADMINISTRATIVE_REQUEST,
    );
    await em.flush();
    expect(file.noPhiConfirmedBy).toBe(providerA.name);
    const colleague = { ...providerA, id: 'pa-2' };
    expect(new FileService(em, colleague).mayReadUnattached(file)).toBe(true);
    expect(new FileService(em, providerB).mayReadUnattached(file)).toBe(false);
    expect(new FileService(em, caseworker).mayReadUnattached(file)).toBe(false);
    await expect(
      new FileService(em, providerB).claim(file.id, FilePurpose.ADMINISTRATIVE_REQUEST),
    ).rejects.toThrow(/no uploaded file/);
  });

  it('R3.4: the cleanup job deletes files never attached after the period, with their bytes', async () => {
    const pdf = samplePdf();
    const sent = await send(
      sg,
      caseworker,
      { purpose: 'CASE_ATTACHMENT', fileName: 'stale.pdf', size: pdf.length },
      pdf,
    );
    const id = sent.body.file!.id;
    const em = sg.orm.em.fork();
    expect(await cleanUpFiles(em, createFileStores(), new Date())).toBe(0);
    const later = new Date(Date.now() + 25 * 3_600_000);
    expect(await cleanUpFiles(em, createFileStores(), later)).toBeGreaterThanOrEqual(1);
    expect(await sg.orm.em.fork().findOne(StoredFile, { id })).toBeNull();
    const chunks = await sg.orm.em
      .getConnection()
      .execute('select 1 from communications.file_chunk where file_id = ?', [id]);
    expect(chunks).toHaveLength(0);
  });
});

describe('files in an S3-compatible store (FILES_S3_*)', () => {
  let sg: TestSubgraph;
  let s3: S3rver;
  beforeAll(async () => {
    s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: await mkdtemp(join(tmpdir(), 's3rver-')),
      configureBuckets: [{ name: 'casework-files', configs: [] }],
    });
    const { port } = (await s3.run()) as { port: number };
    Object.assign(process.env, {
      FILES_S3_BUCKET: 'casework-files',
      FILES_S3_ENDPOINT: `http://127.0.0.1:${port}`,
      FILES_S3_ACCESS_KEY_ID: 'S3RVER',
      FILES_S3_SECRET_ACCESS_KEY: 'S3RVER',
    });
    sg = await startTestSubgraph(communicationsSubgraph);
  });
  afterAll(async () => {
    for (const key of [
      'FILES_S3_BUCKET',
      'FILES_S3_ENDPOINT',
      'FILES_S3_ACCESS_KEY_ID',
      'FILES_S3_SECRET_ACCESS_KEY',
    ])
      delete process.env[key];
    await sg?.stop();
    // The fake S3 server waits for its client's sockets; a slow close must not fail the suite.
    await Promise.race([
      s3?.close(),
      new Promise((resolve) =>
        setTimeout(
          () => resolve(process.stderr.write('s3rver did not close within 10 s\n')),
          10_000,
        ),
      ),
    ]);
  });

  it('R3.4: an upload is streamed to the bucket, its record says S3, and the download returns the same bytes', async () => {
    const pdf = samplePdf(6_000_000);
    const sent = await send(
      sg,
      caseworker,
      { purpose: 'CASE_ATTACHMENT', fileName: 's3.pdf', size: pdf.length },
      pdf,
    );
    expect(sent.status).toBe(201);
    const file = await sg.orm.em.fork().findOneOrFail(StoredFile, { id: sent.body.file!.id });
    expect(file.storage).toBe('S3');
    const added = await sg.query<{ addAttachment: { downloadUrl: string } }>(
      `mutation($input: AddAttachmentInput!) { addAttachment(input: $input) { downloadUrl } }`,
      { input: { fileId: file.id, subjectType: 'PERSON', subjectId: DEMO_PERSONS.annaSchmidt } },
      caseworker,
    );
    const res = await fetch(new URL(added.data!.addAttachment.downloadUrl, sg.url), {
      headers: { authorization: `Internal ${await signInternalToken(caseworker, TEST_SECRET)}` },
    });
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('R3.4: a refused upload leaves no object and no record', async () => {
    const pdf = samplePdf(100);
    const liar = await send(
      sg,
      caseworker,
      { purpose: 'CASE_ATTACHMENT', fileName: 'liar.pdf', size: 10 },
      pdf,
    );
    expect(liar.status).toBe(413);
    const rows = await sg.orm.em
      .getConnection()
      .execute("select 1 from communications.stored_file where file_name = 'liar.pdf'");
    expect(rows).toHaveLength(0);
  });
});
