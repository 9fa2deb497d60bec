import { createLogger, JobQueue, Role, signInternalToken } from '@casework/kit';
import { REFERRAL_MADE_QUEUE, type ReferralMadeV1 } from '@casework/contracts';
import {
  startTestSmtp,
  startTestSubgraph,
  TEST_SECRET,
  testIdentity,
  type ReceivedMail,
  type TestSmtp,
  type TestSubgraph,
} from '@casework/testing';
import { providersSubgraph } from '@casework/providers';
import { randomUUID } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communicationsSubgraph } from '../index.js';

const caseworker = testIdentity([Role.CASEWORKER], {
  id: 'cw-letters',
  name: 'Clara Weiß',
  email: 'clara@agency.test',
});
const LIST = `query($filter: CommunicationFilter!) {
  communications(filter: $filter) { id kind direction correspondentType correspondentName status channel language subject text pdfUrl version }
}`;
const QUEUE = `{ printQueue { id correspondentName status } }`;
const PRINT = `mutation($ids: [ID!]!) { printLetters(ids: $ids) { letterCount downloadUrl } }`;
const POSTED = `mutation($ids: [ID!]!) { markLettersPosted(ids: $ids) { id status } }`;
const HAND_OVER = `mutation($id: ID!) { handOverLetter(id: $id) { id status channel } }`;
const NOTIFICATIONS = `{ myNotifications { nodes { kind params { name value } subjectId } } }`;
const EXCEPTION = `mutation($personId: ID!, $input: CommunicationExceptionInput!) {
  addCommunicationException(personId: $personId, input: $input) { id }
}`;
const RECORD = `mutation($input: RecordCommunicationInput!) {
  recordCommunication(input: $input) { id kind status subject version pdfUrl }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateCommunicationInput!) {
  updateCommunication(id: $id, input: $input) { id subject version }
}`;

interface Entry {
  id: string;
  kind: string;
  correspondentType: string;
  correspondentName: string;
  status: string;
  channel: string | null;
  language: string | null;
  subject: string;
  text: string;
  pdfUrl: string | null;
  version: number;
}

let providers: TestSubgraph;
let comms: TestSubgraph;
let smtp: TestSmtp;
let jobs: JobQueue;
let providerId = '';

beforeAll(async () => {
  smtp = await startTestSmtp();
  providers = await startTestSubgraph(providersSubgraph);
  process.env.PROVIDERS_URL = providers.url;
  process.env.INTERNAL_SECRET = TEST_SECRET;
  comms = await startTestSubgraph(communicationsSubgraph, { smtpUrl: smtp.url });
  jobs = await JobQueue.start(comms.orm.config.get('clientUrl')!, createLogger('test'), [
    { name: REFERRAL_MADE_QUEUE },
  ]);
  const res = await providers.query<{ registerProvider: { id: string } }>(
    `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`,
    {
      input: {
        name: 'Sonnenhof Pflegedienst',
        email: 'post@sonnenhof.test',
        preferredCommunicationMethod: 'EMAIL',
        address: { line1: 'Sonnenweg 5', postalCode: '80331', city: 'München', country: 'DE' },
      },
    },
  );
  providerId = res.data!.registerProvider.id;
});
afterAll(async () => {
  await jobs?.stop();
  await comms?.stop();
  await providers?.stop();
  await smtp?.stop();
});

function event(client: Partial<ReferralMadeV1['client']>, over: Partial<ReferralMadeV1> = {}) {
  const e: ReferralMadeV1 = {
    version: 1,
    eventId: randomUUID(),
    occurredAt: new Date().toISOString(),
    referralId: randomUUID(),
    integratedCaseId: randomUUID(),
    caseReference: 'IC-TEST1234',
    serviceName: 'Häusliche Pflege',
    referredOn: new Date().toISOString().slice(0, 10),
    delivery: 'SEND_NOW',
    caseworker: { id: caseworker.id, name: caseworker.name, email: caseworker.email },
    client: {
      personId: randomUUID(),
      name: 'Jürgen Größe',
      email: null,
      address: null,
      preferredCommunicationMethod: null,
      text: 'Bitte melden Sie sich bis Freitag beim Pflegedienst.',
      ...client,
    },
    provider: { providerId, text: 'Der Klient braucht Hilfe am Morgen. Grüße aus dem Amt.' },
    ...over,
  };
  return e;
}

async function send(e: ReferralMadeV1) {
  await jobs.enqueue(comms.orm.em.fork(), REFERRAL_MADE_QUEUE, e, { id: e.eventId });
}

async function lettersOf(personId: string, count: number, settled: (e: Entry[]) => boolean) {
  for (let i = 0; i < 100; i++) {
    const res = await comms.query<{ communications: Entry[] }>(
      LIST,
      { filter: { personIds: [personId] } },
      caseworker,
    );
    const list = res.data?.communications ?? [];
    if (list.length === count && settled(list)) return list;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`letters of ${personId} did not settle`);
}

/** The PDF attached to a received mail, from its raw MIME text. */
function pdfAttachment(mail: ReceivedMail): Uint8Array {
  const part = /Content-Type: application\/pdf[^]*?\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/i.exec(mail.raw);
  if (!part?.[1]) throw new Error('no PDF attachment');
  return new Uint8Array(Buffer.from(part[1].replace(/\s+/g, ''), 'base64'));
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await extractText(await getDocumentProxy(bytes), { mergePages: true })).text;
}

describe('referral notification letters (R2)', () => {
  it('R2.1, R2.2, R2.6: sent now, each party gets a letter with the caseworker’s text by its channel; email carries the PDF', async () => {
    const e = event(
      {
        email: 'juergen@client.test',
        preferredCommunicationMethod: 'EMAIL',
        address: {
          line1: 'Via Roma 1',
          line2: null,
          postalCode: '00100',
          city: 'Roma',
          country: 'IT',
        },
      },
      { referredOn: '2026-11-02' },
    );
    await send(e);
    const client = await smtp.waitFor((m) => m.to.includes('juergen@client.test'), 30_000);
    const provider = await smtp.waitFor((m) => m.to.includes('post@sonnenhof.test'), 30_000);
    const clientPdf = await pdfText(pdfAttachment(client));
    // The client lives in Italy: the letter is in Italian, with the caseworker's text (R2.2).
    expect(clientPdf).toContain('Jürgen Größe');
    expect(clientPdf).toContain('Bitte melden Sie sich bis Freitag beim Pflegedienst.');
    expect(clientPdf).toContain('Riferimento: IC-TEST1234');
    // The referral date inside the sentence as each language writes it (R2.2).
    expect(clientPdf.replace(/\s+/g, ' ')).toContain('il 2 novembre 2026');
    const providerPdf = await pdfText(pdfAttachment(provider));
    expect(providerPdf).toContain('Sonnenhof Pflegedienst');
    expect(providerPdf).toContain('Der Klient braucht Hilfe am Morgen. Grüße aus dem Amt.');
    expect(providerPdf).toContain('Aktenzeichen: IC-TEST1234');
    expect(providerPdf.replace(/\s+/g, ' ')).toContain('am 2. November 2026');
    const letters = await lettersOf(e.client.personId, 2, (l) =>
      l.every((x) => x.status === 'SENT'),
    );
    expect(letters.map((l) => [l.correspondentType, l.channel, l.language]).sort()).toEqual([
      ['CLIENT', 'EMAIL', 'IT'],
      ['PROVIDER', 'EMAIL', 'DE'],
    ]);
    // A second delivery of the same event makes and sends nothing more.
    await jobs.enqueue(comms.orm.em.fork(), REFERRAL_MADE_QUEUE, { ...e, eventId: randomUUID() });
    await new Promise((r) => setTimeout(r, 3000));
    expect(smtp.messages.filter((m) => m.to.includes('juergen@client.test'))).toHaveLength(1);
    expect(await lettersOf(e.client.personId, 2, () => true)).toHaveLength(2);
  });

  it('R2.7: a client with an email exception and no preferred method gets no email, and the caseworker one notification', async () => {
    const personId = randomUUID();
    const exception = await comms.query(
      EXCEPTION,
      { personId, input: { method: 'EMAIL', reason: 'asked not to', fromDate: '2020-01-01' } },
      caseworker,
    );
    expect(exception.errors).toBeUndefined();
    const e = event({ personId, email: 'excepted@client.test', name: 'Erika Ausnahme' });
    await send(e);
    const letters = await lettersOf(personId, 2, (l) =>
      l.some((x) => x.correspondentType === 'PROVIDER' && x.status === 'SENT'),
    );
    const client = letters.find((l) => l.correspondentType === 'CLIENT');
    expect(client).toMatchObject({ status: 'NOT_SENT', channel: 'NONE' });
    expect(smtp.messages.some((m) => m.to.includes('excepted@client.test'))).toBe(false);
    const inbox = await comms.query<{
      myNotifications: { nodes: { kind: string; params: { name: string; value: string }[] }[] };
    }>(NOTIFICATIONS, {}, caseworker);
    const told = inbox.data!.myNotifications.nodes.filter(
      (n) =>
        n.kind === 'LETTER_NO_CHANNEL' &&
        n.params.some((p) => p.name === 'partyName' && p.value === 'Erika Ausnahme'),
    );
    expect(told).toHaveLength(1);
  });

  it('R2.5, R2.3: print later queues both letters; a batch PDF has one page set per letter; then posted; hand-over', async () => {
    const e = event(
      {
        name: 'Paula Post',
        address: {
          line1: 'Hauptstraße 2',
          line2: null,
          postalCode: '10115',
          city: 'Berlin',
          country: 'DE',
        },
      },
      { delivery: 'PRINT_LATER' },
    );
    await send(e);
    const letters = await lettersOf(e.client.personId, 2, () => true);
    expect(letters.every((l) => l.status === 'TO_PRINT')).toBe(true);
    const queue = await comms.query<{ printQueue: { id: string }[] }>(QUEUE, {}, caseworker);
    const ids = letters.map((l) => l.id);
    expect(queue.data!.printQueue.map((q) => q.id)).toEqual(expect.arrayContaining(ids));
    const batch = await comms.query<{ printLetters: { letterCount: number; downloadUrl: string } }>(
      PRINT,
      { ids },
      caseworker,
    );
    expect(batch.errors).toBeUndefined();
    expect(batch.data!.printLetters.letterCount).toBe(2);
    const fileId = /downloads\/([0-9a-f-]{36})/.exec(batch.data!.printLetters.downloadUrl)?.[1];
    const rows = await comms.orm.em
      .getConnection()
      .execute<{ data: Buffer }[]>(
        'select data from communications.file_chunk where file_id = ? order by n',
        [fileId],
      );
    const doc = await getDocumentProxy(new Uint8Array(Buffer.concat(rows.map((r) => r.data))));
    const pages = (await extractText(doc, { mergePages: false })).text;
    expect(pages).toHaveLength(2);
    expect(pages.filter((p) => p.includes('Seite 1 von 1'))).toHaveLength(2);
    expect(pages.some((p) => p.includes('Paula Post') && p.includes('Hauptstraße 2'))).toBe(true);
    // Printing twice is refused with the letter's field; nothing changes.
    const again = await comms.query(PRINT, { ids }, caseworker);
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'LETTER_NOT_PRINTABLE' });
    const posted = await comms.query<{ markLettersPosted: { status: string }[] }>(
      POSTED,
      { ids },
      caseworker,
    );
    expect(posted.data!.markLettersPosted.map((l) => l.status)).toEqual(['POSTED', 'POSTED']);

    const handed = event({ name: 'Hanna Hand' }, { delivery: 'PRINT_LATER' });
    await send(handed);
    const [first] = await lettersOf(handed.client.personId, 2, () => true);
    const res = await comms.query<{ handOverLetter: { status: string; channel: string } }>(
      HAND_OVER,
      { id: first!.id },
      caseworker,
    );
    expect(res.data!.handOverLetter).toMatchObject({ status: 'HANDED_OVER', channel: 'HAND_OVER' });
  });
});

describe('communication log (R3.5)', () => {
  it('R3.5: calls, emails and letters are recorded, listed and filtered for the application’s clients', async () => {
    const anna = randomUUID();
    const ben = randomUUID();
    const base = {
      direction: 'INCOMING',
      correspondentType: 'CLIENT',
      text: 'Ruft wegen Termin an',
    };
    const call = await comms.query<{ recordCommunication: Entry }>(
      RECORD,
      {
        input: {
          ...base,
          kind: 'PHONE_CALL',
          correspondentName: 'Anna',
          personId: anna,
          subject: 'Anruf',
        },
      },
      caseworker,
    );
    expect(call.data!.recordCommunication.status).toBe('RECEIVED');
    const letter = await comms.query<{ recordCommunication: Entry }>(
      RECORD,
      {
        input: {
          ...base,
          direction: 'OUTGOING',
          kind: 'LETTER',
          correspondentName: 'Ben Bär',
          personId: ben,
          subject: 'IC-LOG',
          text: 'Ihre Unterlagen sind vollständig.',
          template: 'FREE_LETTER',
          language: 'DE',
          addressLines: ['Bärenweg 1', '12345 Bärstadt'],
        },
      },
      caseworker,
    );
    expect(letter.errors).toBeUndefined();
    expect(letter.data!.recordCommunication).toMatchObject({ kind: 'LETTER', status: 'TO_PRINT' });
    expect(letter.data!.recordCommunication.pdfUrl).toMatch(/files\//);
    const emailed = await comms.query<{ recordCommunication: Entry }>(
      RECORD,
      {
        input: {
          ...base,
          direction: 'OUTGOING',
          kind: 'EMAIL',
          correspondentName: 'Anna',
          personId: anna,
          subject: 'Termin bestätigt',
          recipientEmail: 'anna@client.test',
        },
      },
      caseworker,
    );
    expect(emailed.errors).toBeUndefined();
    await smtp.waitFor((m) => m.to.includes('anna@client.test'), 30_000);

    const all = await comms.query<{ communications: Entry[] }>(
      LIST,
      { filter: { personIds: [anna, ben] } },
      caseworker,
    );
    expect(all.data!.communications.map((c) => c.kind).sort()).toEqual([
      'EMAIL',
      'LETTER',
      'PHONE_CALL',
    ]);
    const letters = await comms.query<{ communications: Entry[] }>(
      LIST,
      { filter: { personIds: [anna, ben], kind: 'LETTER', direction: 'OUTGOING' } },
      caseworker,
    );
    expect(letters.data!.communications.map((c) => c.correspondentName)).toEqual(['Ben Bär']);

    // A letter (its PDF exists) cannot be edited; a recorded call can.
    const refused = await comms.query(
      UPDATE,
      { id: letter.data!.recordCommunication.id, input: { version: 1, subject: 'x', text: 'y' } },
      caseworker,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'COMMUNICATION_FINAL' });
    const edited = await comms.query<{ updateCommunication: Entry }>(
      UPDATE,
      {
        id: call.data!.recordCommunication.id,
        input: { version: 1, subject: 'Anruf (Termin)', text: 'Termin verschoben' },
      },
      caseworker,
    );
    expect(edited.data!.updateCommunication).toMatchObject({
      subject: 'Anruf (Termin)',
      version: 2,
    });
  });

  it('R3.5: an incoming letter is kept with its scan; a scan on anything else is refused', async () => {
    const person = randomUUID();
    const granted = await comms.query<{ requestUpload: { uploadUrl: string } }>(
      `mutation($input: RequestUploadInput!) { requestUpload(input: $input) { uploadUrl } }`,
      { input: { purpose: 'LETTER', fileName: 'brief.pdf', size: 9 } },
      caseworker,
    );
    expect(granted.errors).toBeUndefined();
    const uploaded = await fetch(new URL(granted.data!.requestUpload.uploadUrl, comms.url), {
      method: 'POST',
      headers: { authorization: `Internal ${await signInternalToken(caseworker, TEST_SECRET)}` },
      body: new Uint8Array(Buffer.from('%PDF-1.4\n')),
    });
    expect(uploaded.status).toBe(201);
    const scanFileId = ((await uploaded.json()) as { file: { id: string } }).file.id;
    const input = {
      kind: 'LETTER',
      direction: 'INCOMING',
      correspondentType: 'CLIENT',
      correspondentName: 'Dora Dachs',
      personId: person,
      subject: 'Widerspruch',
      text: 'Brief vom 28.11. eingegangen',
      scanFileId,
    };
    const asCall = await comms.query(
      RECORD,
      { input: { ...input, kind: 'PHONE_CALL' } },
      caseworker,
    );
    expect(asCall.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'input.scanFileId',
        code: 'SCAN_ONLY_FOR_INCOMING_LETTERS',
      }),
    ]);
    const recorded = await comms.query<{ recordCommunication: Entry }>(
      RECORD,
      { input },
      caseworker,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordCommunication).toMatchObject({
      kind: 'LETTER',
      status: 'RECEIVED',
    });
    expect(recorded.data!.recordCommunication.pdfUrl).toMatch(/files\//);
    const twice = await comms.query(RECORD, { input }, caseworker);
    expect(twice.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.scanFileId', code: 'FILE_ALREADY_ATTACHED' }),
    ]);
    const listed = await comms.query<{ communications: Entry[] }>(
      LIST,
      { filter: { personIds: [person] } },
      caseworker,
    );
    expect(listed.data!.communications).toHaveLength(1);
  });

  it('R3.5: permissions are checked on the server and bad input changes nothing', async () => {
    const provider = testIdentity([Role.PROVIDER_USER], { organisationId: providerId });
    const read = await comms.query(LIST, { filter: { personIds: [randomUUID()] } }, provider);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = testIdentity([Role.AGENCY_ADMIN]);
    const write = await comms.query(
      RECORD,
      {
        input: {
          kind: 'PHONE_CALL',
          direction: 'OUTGOING',
          correspondentType: 'CLIENT',
          correspondentName: 'X',
          personId: randomUUID(),
          subject: 's',
          text: 't',
        },
      },
      admin,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noParty = await comms.query(
      RECORD,
      {
        input: {
          kind: 'PHONE_CALL',
          direction: 'OUTGOING',
          correspondentType: 'CLIENT',
          correspondentName: 'X',
          subject: 's',
          text: 't',
        },
      },
      caseworker,
    );
    expect(noParty.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.personId', code: 'REQUIRED' }),
    ]);
  });
});
