import { request } from 'node:http';
import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { createTestDatabase, sampleDocx, sampleExe, samplePdf } from '@casework/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureFileLinks, signedQuery } from '@casework/communications';
import { type Stack } from '@casework/stack';
import { bearer, gql, SECRETS, startTestStack, tokenFor } from './stack.fixture.js';

type Who = 'caseworker' | 'supervisor' | 'provider' | 'providerAdmin' | 'support';
let stack: Stack;
let db: pg.Client;
const tokens = {} as Record<Who, string>;
const LIMIT = 3_000_000;

const GRANT = `mutation($input: RequestUploadInput!) {
  requestUpload(input: $input) { grantId uploadUrl expiresAt maxBytes }
}`;
const ADD = `mutation($input: AddAttachmentInput!) {
  addAttachment(input: $input) { id version fileName contentType size sha256 sensitivity downloadUrl previewUrl }
}`;
const PERSON_ATTACHMENTS = `query($id: ID!) {
  person(id: $id) { attachments { id fileName sensitivity downloadUrl previewUrl } }
}`;

interface Grant {
  grantId: string;
  uploadUrl: string;
  maxBytes: number | null;
}
interface Attached {
  id: string;
  version: number;
  fileName: string;
  downloadUrl: string | null;
  previewUrl: string | null;
  sha256: string;
}

async function grant(who: Who, input: Record<string, unknown>) {
  return gql<{ requestUpload: Grant }>(stack, GRANT, { input }, bearer(tokens[who]));
}

async function upload(who: Who, url: string, body: Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(`${stack.urls.gateway}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...bearer(tokens[who]), ...headers },
    body: new Uint8Array(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, Record<string, unknown>>,
  };
}

/** An upload without Content-Length (Transfer-Encoding: chunked), in 64 kB pieces. */
async function uploadChunked(url: string, body: Buffer) {
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= body.length) return controller.close();
      controller.enqueue(new Uint8Array(body.subarray(offset, offset + 65_536)));
      offset += 65_536;
    },
  });
  const res = await fetch(`${stack.urls.gateway}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...bearer(tokens.caseworker) },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  return {
    status: res.status,
    body: (await res.json()) as Record<string, Record<string, unknown>>,
  };
}

async function download(who: Who, url: string) {
  return fetch(`${stack.urls.gateway}${url}`, { headers: bearer(tokens[who]) });
}

async function storedFiles(): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    'select count(*) n from communications.stored_file',
  );
  return Number(rows[0]!.n);
}

/** Grant, upload and attach to a person; returns the attachment as the caller sees it. */
async function attach(
  who: Who,
  fileName: string,
  bytes: Buffer,
  sensitivity = 'STANDARD',
  subjectId: string = DEMO_PERSONS.annaSchmidt,
): Promise<Attached> {
  const granted = await grant(who, { purpose: 'CASE_ATTACHMENT', fileName, size: bytes.length });
  expect(granted.body.errors).toBeUndefined();
  const sent = await upload(who, granted.body.data!.requestUpload.uploadUrl, bytes);
  expect(sent.status).toBe(201);
  const added = await gql<{ addAttachment: Attached }>(
    stack,
    ADD,
    { input: { fileId: sent.body.file!.id, subjectType: 'PERSON', subjectId, sensitivity } },
    bearer(tokens[who]),
  );
  expect(added.body.errors).toBeUndefined();
  return added.body.data!.addAttachment;
}

beforeAll(async () => {
  process.env.ATTACHMENT_MAX_BYTES = String(LIMIT);
  const databaseUrl = await createTestDatabase();
  stack = await startTestStack({ databaseUrl });
  delete process.env.ATTACHMENT_MAX_BYTES;
  const emails: Record<Who, string> = {
    caseworker: 'caseworker@demo.casework',
    supervisor: 'supervisor@demo.casework',
    provider: 'provider@demo.casework',
    providerAdmin: 'provider-admin@demo.casework',
    support: 'support@demo.casework',
  };
  for (const [who, email] of Object.entries(emails))
    tokens[who as Who] = await tokenFor(stack, email);
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  configureFileLinks(SECRETS.internal);
}, 300_000);
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

describe('files through the gateway (R3.4)', () => {
  it('R3.4: a caseworker uploads a PDF and a Word file, attaches them, downloads them with safe headers; a supervisor sees both', async () => {
    const pdf = samplePdf(200_000);
    const scan = await attach('caseworker', 'Geburtsurkunde Müller.pdf', pdf);
    const word = await attach('caseworker', 'Kontoauszug.docx', sampleDocx());
    expect(scan.previewUrl).toMatch(/^\/files\/downloads\/.+disposition=inline/);
    expect(word.previewUrl).toBeNull();

    const res = await download('caseworker', scan.downloadUrl!);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Geburtsurkunde M?ller.pdf"; filename*=UTF-8''Geburtsurkunde%20M%C3%BCller.pdf`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(res.headers.get('content-length')).toBe(String(pdf.length));

    const seen = await gql<{ person: { attachments: Attached[] } }>(
      stack,
      PERSON_ATTACHMENTS,
      { id: DEMO_PERSONS.annaSchmidt },
      bearer(tokens.supervisor),
    );
    const names = seen.body.data!.person.attachments.map((a) => a.fileName);
    expect(names).toEqual(
      expect.arrayContaining(['Geburtsurkunde Müller.pdf', 'Kontoauszug.docx']),
    );
    const supervisorWord = seen.body.data!.person.attachments.find((a) => a.id === word.id)!;
    const docx = await download('supervisor', supervisorWord.downloadUrl!);
    expect(docx.status).toBe(200);
    expect(Buffer.from(await docx.arrayBuffer()).equals(sampleDocx())).toBe(true);
  });

  it('R3.4: a caseworker without the clearance and a provider user cannot download; a link of someone else, an altered or an expired link is refused', async () => {
    const secret = await attach('supervisor', 'restricted.pdf', samplePdf(), 'RESTRICTED');
    const list = await gql<{ person: { attachments: Attached[] } }>(
      stack,
      PERSON_ATTACHMENTS,
      { id: DEMO_PERSONS.annaSchmidt },
      bearer(tokens.caseworker),
    );
    expect(list.body.data!.person.attachments.map((a) => a.id)).not.toContain(secret.id);
    expect((await download('caseworker', secret.downloadUrl!)).status).toBe(403);
    expect((await download('provider', secret.downloadUrl!)).status).toBe(403);
    expect((await fetch(`${stack.urls.gateway}${secret.downloadUrl!}`)).status).toBe(401);

    const providerList = await gql(
      stack,
      PERSON_ATTACHMENTS,
      { id: DEMO_PERSONS.annaSchmidt },
      bearer(tokens.provider),
    );
    expect(providerList.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // A caseworker's own link stops working when the sensitivity is raised above the clearance.
    const confidential = await attach(
      'caseworker',
      'confidential.pdf',
      samplePdf(),
      'CONFIDENTIAL',
    );
    const raised = await gql(
      stack,
      `mutation($id: ID!, $input: UpdateAttachmentInput!) { updateAttachment(id: $id, input: $input) { sensitivity } }`,
      { id: confidential.id, input: { version: confidential.version, sensitivity: 'RESTRICTED' } },
      bearer(tokens.supervisor),
    );
    expect(raised.body.errors).toBeUndefined();
    expect((await download('caseworker', confidential.downloadUrl!)).status).toBe(404);

    const own = await attach('caseworker', 'own.pdf', samplePdf());
    const altered = own.downloadUrl!.replace(/signature=./, (m) =>
      m.endsWith('A') ? `${m.slice(0, -1)}B` : `${m.slice(0, -1)}A`,
    );
    const alteredRes = await download('caseworker', altered);
    expect(alteredRes.status).toBe(403);
    expect(await alteredRes.json()).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'invalid' },
    });
    const fileId = /downloads\/([^?]+)/.exec(own.downloadUrl!)![1]!;
    const me = (await (
      await fetch(`${stack.urls.gateway}/auth/me`, { headers: bearer(tokens.caseworker) })
    ).json()) as { user: { id: string } };
    const expired = `/files/downloads/${fileId}?disposition=attachment&${signedQuery({
      subject: `download:${fileId}:attachment`,
      accountId: me.user.id,
      expiresAt: new Date(Date.now() - 1000),
    })}`;
    const expiredRes = await download('caseworker', expired);
    expect(expiredRes.status).toBe(403);
    expect(await expiredRes.json()).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'expired' },
    });
  });

  it('R3.4: a provider user gets no grant for case attachments; unknown purpose and missing permission are refused', async () => {
    const provider = await grant('provider', {
      purpose: 'CASE_ATTACHMENT',
      fileName: 'a.pdf',
      size: 10,
    });
    expect(provider.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const support = await grant('support', {
      purpose: 'CASE_ATTACHMENT',
      fileName: 'a.pdf',
      size: 10,
    });
    expect(support.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await grant('caseworker', {
      purpose: 'HOLIDAY_PHOTOS',
      fileName: 'a.pdf',
      size: 10,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.message).toMatch(/HOLIDAY_PHOTOS/);
  });

  // The answer must reach a client that is still sending: the server refuses on Content-Length
  // before reading, measures chunked bodies on the stream, and drains the rest instead of resetting.
  it('R3.4: over ATTACHMENT_MAX_BYTES the grant names the limit, and a client that lies about the size gets 413 (announced or chunked) and nothing is stored', async () => {
    const before = await storedFiles();
    const tooBig = await grant('caseworker', {
      purpose: 'CASE_ATTACHMENT',
      fileName: 'big.pdf',
      size: LIMIT + 1,
    });
    expect(tooBig.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: LIMIT,
      reason: 'FILE_TOO_LARGE',
      fields: [
        {
          field: 'input.size',
          code: 'FILE_TOO_LARGE',
          message: expect.stringContaining(String(LIMIT)),
        },
      ],
    });
    const liar = await grant('caseworker', {
      purpose: 'CASE_ATTACHMENT',
      fileName: 'liar.pdf',
      size: 1000,
    });
    const sent = await upload(
      'caseworker',
      liar.body.data!.requestUpload.uploadUrl,
      samplePdf(LIMIT + 100_000),
    );
    expect(sent.status).toBe(413);
    expect(sent.body.error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      limit: 1000,
      // The field's stable code the apps translate (issue 17).
      fields: [{ field: 'file', code: 'FILE_LARGER_THAN_DECLARED', params: { declared: 1000 } }],
    });
    const honest = await grant('caseworker', {
      purpose: 'CASE_ATTACHMENT',
      fileName: 'limit.pdf',
      size: LIMIT,
    });
    const over = await upload(
      'caseworker',
      honest.body.data!.requestUpload.uploadUrl,
      samplePdf(LIMIT + 10),
    );
    expect(over.status).toBe(413);
    expect(over.body.error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      limit: LIMIT,
      fields: [{ field: 'file', code: 'FILE_TOO_LARGE', params: { maxBytes: LIMIT } }],
    });
    expect(String(over.body.error!.message)).toContain(String(LIMIT));
    // Chunked (no Content-Length): cut off on the stream once past the limit.
    const streamed = await grant('caseworker', {
      purpose: 'CASE_ATTACHMENT',
      fileName: 'streamed.pdf',
      size: LIMIT,
    });
    const chunked = await uploadChunked(
      streamed.body.data!.requestUpload.uploadUrl,
      samplePdf(LIMIT + 500_000),
    );
    expect(chunked.status).toBe(413);
    expect(chunked.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: LIMIT });
    expect(await storedFiles()).toBe(before);
  });

  it('R3.4: a PDF renamed .exe is refused at the grant, an .exe renamed .pdf at the upload; nothing is stored', async () => {
    const before = await storedFiles();
    const exeName = await grant('caseworker', {
      purpose: 'CASE_ATTACHMENT',
      fileName: 'scan.exe',
      size: 100,
    });
    expect(exeName.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FILE_TYPE_NOT_ALLOWED',
      fields: [
        {
          field: 'input.fileName',
          code: 'FILE_TYPE_NOT_ALLOWED',
          params: { extension: 'exe', allowed: expect.arrayContaining(['.pdf']) },
        },
      ],
    });
    const exe = sampleExe();
    const disguised = await grant('caseworker', {
      purpose: 'CASE_ATTACHMENT',
      fileName: 'invoice.pdf',
      size: exe.length,
    });
    const sent = await upload('caseworker', disguised.body.data!.requestUpload.uploadUrl, exe);
    expect(sent.status).toBe(415);
    expect(sent.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      fields: [{ field: 'file', code: 'FILE_CONTENT_MISMATCH' }],
    });
    expect(String(sent.body.error!.message)).toContain('.exe');
    const wrongType = await grant('caseworker', {
      purpose: 'CASE_ATTACHMENT',
      fileName: 'scan.pdf',
      size: 100,
      contentType: 'text/html',
    });
    expect(wrongType.body.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'input.contentType', code: 'CONTENT_TYPE_MISMATCH' }],
    });
    expect(await storedFiles()).toBe(before);
  });

  it('R3.4: a grant is used once; an upload without sign-in is refused', async () => {
    const pdf = samplePdf();
    const granted = await grant('caseworker', {
      purpose: 'CASE_ATTACHMENT',
      fileName: 'once.pdf',
      size: pdf.length,
    });
    const url = granted.body.data!.requestUpload.uploadUrl;
    expect((await upload('caseworker', url, pdf)).status).toBe(201);
    const again = await upload('caseworker', url, pdf);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'CONFLICT', reason: 'used' });
    const res = await fetch(`${stack.urls.gateway}${url}`, {
      method: 'POST',
      body: new Uint8Array(pdf),
    });
    expect(res.status).toBe(401);
    expect((await upload('supervisor', url, pdf)).status).toBe(403);
  });

  it('R3.4: a client that disconnects half-way leaves nothing stored, and the grant can be used again', async () => {
    const before = await storedFiles();
    const pdf = samplePdf(2_000_000);
    const granted = await grant('caseworker', {
      purpose: 'CASE_ATTACHMENT',
      fileName: 'half.pdf',
      size: pdf.length,
    });
    const url = new URL(`${stack.urls.gateway}${granted.body.data!.requestUpload.uploadUrl}`);
    await new Promise<void>((resolve) => {
      const req = request(url, {
        method: 'POST',
        headers: { ...bearer(tokens.caseworker), 'content-length': String(pdf.length) },
      });
      req.on('error', () => resolve());
      req.write(pdf.subarray(0, 1_000_000), () => {
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 300);
      });
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await storedFiles()).toBe(before);
    const { rows } = await db.query(
      'select used_at from communications.upload_grant where id = $1',
      [granted.body.data!.requestUpload.grantId],
    );
    expect(rows[0]).toEqual({ used_at: null });
    expect((await upload('caseworker', url.pathname + url.search, pdf)).status).toBe(201);
  });
});

describe('administrative request files (R5.7)', () => {
  it('R5.7: the grant needs noPhiConfirmed; provider administrators only for their own organisation, provider users never; who confirmed is stored', async () => {
    const user = await grant('provider', {
      purpose: 'ADMINISTRATIVE_REQUEST',
      fileName: 'iban.pdf',
      size: 100,
      noPhiConfirmed: true,
    });
    expect(user.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unconfirmed = await grant('providerAdmin', {
      purpose: 'ADMINISTRATIVE_REQUEST',
      fileName: 'iban.pdf',
      size: 100,
    });
    expect(unconfirmed.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'R5.7',
      fields: [{ field: 'input.noPhiConfirmed', code: 'NO_PHI_CONFIRMATION_REQUIRED' }],
    });
    const other = await grant('providerAdmin', {
      purpose: 'ADMINISTRATIVE_REQUEST',
      fileName: 'iban.pdf',
      size: 100,
      noPhiConfirmed: true,
      organisationId: '00000000-0000-4000-8000-000000000999',
    });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const caseworker = await grant('caseworker', {
      purpose: 'ADMINISTRATIVE_REQUEST',
      fileName: 'iban.pdf',
      size: 100,
      noPhiConfirmed: true,
    });
    expect(caseworker.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const pdf = samplePdf();
    const own = await grant('providerAdmin', {
      purpose: 'ADMINISTRATIVE_REQUEST',
      fileName: 'iban.pdf',
      size: pdf.length,
      noPhiConfirmed: true,
    });
    expect(own.body.errors).toBeUndefined();
    const sent = await upload('providerAdmin', own.body.data!.requestUpload.uploadUrl, pdf);
    expect(sent.status).toBe(201);
    const { rows } = await db.query(
      'select organisation_id, no_phi_confirmed_by, no_phi_confirmed_at from communications.stored_file where id = $1',
      [sent.body.file!.id],
    );
    expect(rows[0]).toMatchObject({
      organisation_id: DEMO_PROVIDERS.sonnenhof,
      no_phi_confirmed_by: expect.any(String),
      no_phi_confirmed_at: expect.any(Date),
    });
  });
});
