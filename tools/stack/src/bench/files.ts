// `npm run bench:files`: starts the real stack on a throw-away embedded PostgreSQL and measures
// file transfer through the gateway (R3.4): one 100 MB upload and its download in MB/s against a
// plain streamed file copy on the same disk, then ten 100 MB uploads at once while sampling the
// resident memory of the gateway and the communications subgraph (it must not grow with file size).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { DEMO_PERSONS } from '@casework/contracts';
import { DEMO_PASSWORD } from '@casework/gateway';
import { startBenchStack } from './bench-stack.js';

const SIZE = 100_000_000;
const CONCURRENT = 10;
const out = (line: string) => process.stdout.write(`${line}\n`);
const mbps = (bytes: number, ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);

async function rssMb(pid: number | undefined): Promise<number> {
  if (!pid) return 0;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * A PDF header followed by incompressible bytes: what a large scan looks like to the server.
 * Exactly SIZE bytes, as the upload's Content-Length says: the header is written as bytes (a
 * string would be UTF-8 encoded, its four high bytes taking two each), since a body longer than
 * its Content-Length makes the server read the surplus as a next request and answer 400.
 */
async function writeScan(path: string): Promise<void> {
  const file = createWriteStream(path);
  const header = Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1');
  file.write(header);
  let written = header.length;
  const block = randomBytes(1024 * 1024);
  while (written < SIZE) {
    const piece = block.subarray(0, Math.min(block.length, SIZE - written));
    written += piece.length;
    if (!file.write(piece)) await new Promise<void>((r) => file.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) =>
    file.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  const { size } = await stat(path);
  if (size !== SIZE) throw new Error(`the test file has ${size} bytes, not ${SIZE}`);
}

const { stack, stop } = await startBenchStack({ mail: false });
const dir = await mkdtemp(join(tmpdir(), 'casework-bench-files-'));
try {
  const gateway = stack.urls.gateway;
  const signIn = await fetch(`${gateway}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'caseworker@demo.casework', password: DEMO_PASSWORD }),
  });
  const token = ((await signIn.json()) as { token: string }).token;
  const auth = { authorization: `Bearer ${token}` };
  const gql = async <T>(query: string, variables: object): Promise<T> => {
    const res = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const upload = async (path: string, name: string): Promise<string> => {
    const { requestUpload } = await gql<{ requestUpload: { uploadUrl: string } }>(
      'mutation($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl } }',
      { input: { purpose: 'CASE_ATTACHMENT', fileName: name, size: SIZE } },
    );
    return new Promise((resolve, reject) => {
      const req = request(`${gateway}${requestUpload.uploadUrl}`, {
        method: 'POST',
        headers: { ...auth, 'content-length': String(SIZE), 'content-type': 'application/pdf' },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          res.statusCode === 201
            ? resolve((JSON.parse(text) as { file: { id: string } }).file.id)
            : reject(new Error(`upload ${res.statusCode}: ${text}`)),
        );
      });
      req.on('error', reject);
      createReadStream(path).pipe(req);
    });
  };

  const scan = join(dir, 'scan.pdf');
  await writeScan(scan);
  let t = performance.now();
  await pipeline(createReadStream(scan), createWriteStream(join(dir, 'copy.pdf')));
  const copyMs = performance.now() - t;
  await rm(join(dir, 'copy.pdf'));

  t = performance.now();
  const fileId = await upload(scan, 'scan.pdf');
  const uploadMs = performance.now() - t;
  const { addAttachment } = await gql<{ addAttachment: { downloadUrl: string } }>(
    'mutation($input: AddAttachmentInput!) { addAttachment(input: $input) { downloadUrl } }',
    { input: { fileId, subjectType: 'PERSON', subjectId: DEMO_PERSONS.annaSchmidt } },
  );
  t = performance.now();
  const res = await fetch(`${gateway}${addAttachment.downloadUrl}`, { headers: auth });
  let received = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>)
    received += chunk.length;
  const downloadMs = performance.now() - t;
  if (received !== SIZE) throw new Error(`downloaded ${received} of ${SIZE} bytes`);

  out(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  out(`plain file copy (100 MB):          ${mbps(SIZE, copyMs)} MB/s`);
  out(`upload through the gateway:        ${mbps(SIZE, uploadMs)} MB/s`);
  out(`download through the gateway:      ${mbps(SIZE, downloadMs)} MB/s`);

  const pids = {
    gateway: stack.services.gateway.pid,
    communications: stack.services.communications.pid,
  };
  const before = {
    gateway: await rssMb(pids.gateway),
    communications: await rssMb(pids.communications),
  };
  const peak = { ...before };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak.gateway = Math.max(peak.gateway, await rssMb(pids.gateway));
      peak.communications = Math.max(peak.communications, await rssMb(pids.communications));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  t = performance.now();
  await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => upload(scan, `scan-${i}.pdf`)));
  const concurrentMs = performance.now() - t;
  sampling = false;
  await sampler;
  out(
    `${CONCURRENT} x 100 MB at once:             ${mbps(SIZE * CONCURRENT, concurrentMs)} MB/s in all, ${(concurrentMs / 1000).toFixed(1)} s`,
  );
  out(
    `gateway RSS:        before ${before.gateway.toFixed(0)} MB, peak ${peak.gateway.toFixed(0)} MB`,
  );
  out(
    `communications RSS: before ${before.communications.toFixed(0)} MB, peak ${peak.communications.toFixed(0)} MB`,
  );
  out(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
  await stop();
}
