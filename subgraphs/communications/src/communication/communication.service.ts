import {
  assertUuid,
  audit,
  authorize,
  flushVersioned,
  notFound,
  refuse,
  type RequestContext,
} from '@casework/kit';
import { type FilterQuery } from '@mikro-orm/core';
import { FilePurpose } from '../file/file-purpose.js';
import { FileService } from '../file/file.service.js';
import { readStoredFile, storeGeneratedFile } from '../file/generated-file.js';
import { StoredFile } from '../file/stored-file.entity.js';
import { LetterChannel } from '../letter/letter-channel.js';
import { LETTER_EMAIL_QUEUE } from '../letter/letter-email.jobs.js';
import { LetterKind, LetterLanguage } from '../letter/letter-kinds.js';
import { mergePdfs } from '../letter/letter-pdf.js';
import { writeLetter } from '../letter/letter-writer.js';
import { today } from './dates.js';
import { Communication } from './communication.entity.js';
import {
  CommunicationDirection,
  CommunicationKind,
  CommunicationStatus,
  FINAL_STATUSES,
} from './communication-enums.js';
import {
  type CommunicationFilter,
  type PrintBatch,
  type RecordCommunicationInput,
  type UpdateCommunicationInput,
} from './communication.input.js';

const AUDITED = ['kind', 'direction', 'correspondentName', 'subject', 'text', 'status'] as const;

/**
 * The communication log (R3.5) and the print queue (R2.3, R2.5): staff record calls, emails and
 * letters; outgoing emails are sent by a job, outgoing letters become PDFs that wait to be
 * printed and posted or handed over. Every change is audited (R6.3).
 */
export class CommunicationService {
  constructor(private readonly ctx: RequestContext) {}

  async list(filter: CommunicationFilter): Promise<Communication[]> {
    authorize(this.ctx.identity, 'communication:read', 'read communications');
    const about: FilterQuery<Communication>[] = [];
    if (filter.personIds?.length) about.push({ personId: { $in: filter.personIds } });
    if (filter.caseId) about.push({ caseId: filter.caseId });
    if (!about.length) {
      throw refuse('REQUIRED', {
        field: 'filter.personIds',
        params: { property: 'personIds or caseId' },
      });
    }
    const where: FilterQuery<Communication> = { $or: about };
    if (filter.kind) where.kind = filter.kind;
    if (filter.direction) where.direction = filter.direction;
    if (filter.from || filter.to) {
      where.occurredAt = {
        ...(filter.from ? { $gte: filter.from } : {}),
        ...(filter.to ? { $lte: filter.to } : {}),
      };
    }
    return this.ctx.em.find(Communication, where, { orderBy: { occurredAt: 'desc' }, limit: 500 });
  }

  async get(id: string): Promise<Communication> {
    authorize(this.ctx.identity, 'communication:read', 'read communications');
    assertUuid(id, 'id');
    const found = await this.ctx.em.findOne(Communication, { id });
    if (!found) throw notFound('Communication', id);
    return found;
  }

  async record(input: RecordCommunicationInput): Promise<Communication> {
    authorize(this.ctx.identity, 'communication:write', 'record communications');
    if (!input.personId && !input.caseId) {
      throw refuse('REQUIRED', {
        field: 'input.personId',
        params: { property: 'personId or caseId' },
      });
    }
    const { em, identity } = this.ctx;
    const by = { id: identity.id, name: identity.name };
    const outgoing = input.direction === CommunicationDirection.OUTGOING;
    let entry: Communication;
    if (outgoing && input.kind === CommunicationKind.LETTER) {
      const addressLines = (input.addressLines ?? []).map((l) => l.trim()).filter(Boolean);
      entry = await writeLetter(em, {
        kind: input.template ?? LetterKind.FREE_LETTER,
        language: input.language ?? LetterLanguage.DE,
        correspondentType: input.correspondentType,
        recipientName: input.correspondentName.trim(),
        recipientEmail: null,
        addressLines,
        personId: input.personId ?? null,
        providerId: null,
        caseId: input.caseId ?? null,
        referralId: null,
        reference: input.subject.trim(),
        date: today(),
        values: { 'caseworker.name': identity.name, text: input.text },
        channel: addressLines.length ? LetterChannel.POST : LetterChannel.HAND_OVER,
        status: CommunicationStatus.TO_PRINT,
        by,
      });
    } else {
      if (outgoing && input.kind === CommunicationKind.EMAIL && !input.recipientEmail) {
        throw refuse('REQUIRED', {
          field: 'input.recipientEmail',
          params: { property: 'recipientEmail' },
        });
      }
      const status = !outgoing
        ? CommunicationStatus.RECEIVED
        : input.kind === CommunicationKind.EMAIL
          ? CommunicationStatus.SENDING
          : CommunicationStatus.SENT;
      // R3.5: an incoming letter is kept with its scan (the files capability, purpose LETTER).
      const scan = input.scanFileId
        ? await this.claimScan(input.kind, outgoing, input.scanFileId)
        : null;
      entry = em.create(Communication, {
        fileId: scan?.id ?? null,
        kind: input.kind,
        direction: input.direction,
        correspondentType: input.correspondentType,
        correspondentName: input.correspondentName.trim(),
        personId: input.personId ?? null,
        caseId: input.caseId ?? null,
        occurredAt: input.occurredAt ?? new Date(),
        subject: input.subject.trim(),
        text: input.text,
        status,
        recipientEmail: outgoing ? (input.recipientEmail ?? null) : null,
        createdById: by.id,
        createdBy: by.name,
      });
      entry.messageId = `<communication-${entry.id}@casework>`;
      if (status === CommunicationStatus.SENDING && this.ctx.jobs) {
        await this.ctx.jobs.enqueue(
          em,
          LETTER_EMAIL_QUEUE,
          { communicationId: entry.id },
          { id: entry.id },
        );
      }
    }
    this.audit(entry, 'CREATED');
    await em.flush();
    return entry;
  }

  private async claimScan(kind: CommunicationKind, outgoing: boolean, fileId: string) {
    if (outgoing || kind !== CommunicationKind.LETTER) {
      throw refuse('SCAN_ONLY_FOR_INCOMING_LETTERS', { field: 'input.scanFileId' });
    }
    return new FileService(this.ctx.em, this.ctx.identity).claim(
      fileId,
      FilePurpose.LETTER,
      'input.scanFileId',
    );
  }

  /** Only what is not sent, printed or handed over can change; a letter's PDF never does. */
  async update(id: string, input: UpdateCommunicationInput): Promise<Communication> {
    authorize(this.ctx.identity, 'communication:write', 'change communications');
    const entry = await this.get(id);
    if (FINAL_STATUSES.includes(entry.status) || entry.fileId) {
      throw refuse('COMMUNICATION_FINAL', { field: 'id', params: { status: entry.status } });
    }
    const before = snapshotOf(entry);
    entry.subject = input.subject.trim();
    entry.text = input.text;
    this.audit(entry, 'UPDATED', before);
    await flushVersioned(this.ctx.em, entry, 'Communication', input.version);
    return entry;
  }

  async printQueue(): Promise<Communication[]> {
    authorize(this.ctx.identity, 'communication:write', 'print letters');
    return this.ctx.em.find(
      Communication,
      { status: CommunicationStatus.TO_PRINT },
      { orderBy: { createdAt: 'asc' }, limit: 500 },
    );
  }

  private async letters(ids: string[], from: CommunicationStatus[], action: string) {
    ids.forEach((id, i) => assertUuid(id, `ids.${i}`));
    const found = await this.ctx.em.find(
      Communication,
      { id: { $in: ids } },
      { orderBy: { createdAt: 'asc' } },
    );
    for (const [i, id] of ids.entries()) {
      const letter = found.find((l) => l.id === id);
      if (!letter) throw notFound('Communication', id);
      if (!from.includes(letter.status) || !letter.fileId) {
        throw refuse('LETTER_NOT_PRINTABLE', {
          field: `ids.${i}`,
          params: { id, status: letter.status, action },
        });
      }
    }
    return found;
  }

  /** Prints waiting letters as one PDF, one page set per letter (R2.5), and marks them printed. */
  async print(ids: string[]): Promise<PrintBatch> {
    authorize(this.ctx.identity, 'communication:write', 'print letters');
    if (!ids.length)
      throw refuse('TOO_FEW_ITEMS', { field: 'ids', params: { property: 'ids', min: 1 } });
    const letters = await this.letters(ids, [CommunicationStatus.TO_PRINT], 'printed');
    const { em, identity } = this.ctx;
    const pdfs = await Promise.all(letters.map((l) => readStoredFile(em, l.fileId ?? '')));
    const batch = storeGeneratedFile(em, {
      purpose: FilePurpose.LETTER,
      fileName: `letters-${today()}.pdf`,
      contentType: 'application/pdf',
      content: await mergePdfs(pdfs),
      byId: identity.id,
      by: identity.name,
    });
    for (const letter of letters) {
      const before = snapshotOf(letter);
      letter.status = CommunicationStatus.PRINTED;
      this.audit(letter, 'PRINTED', before);
    }
    await em.flush();
    return {
      letterCount: letters.length,
      downloadUrl: new FileService(em, identity).downloadUrl(batch, 'inline'),
    };
  }

  async markPosted(ids: string[]): Promise<Communication[]> {
    authorize(this.ctx.identity, 'communication:write', 'post letters');
    const letters = await this.letters(ids, [CommunicationStatus.PRINTED], 'posted');
    for (const letter of letters) {
      const before = snapshotOf(letter);
      letter.status = CommunicationStatus.POSTED;
      letter.sentAt = new Date();
      this.audit(letter, 'POSTED', before);
    }
    await this.ctx.em.flush();
    return letters;
  }

  /** R2.3: printed for a client present at an appointment, recorded as handed over. */
  async handOver(id: string): Promise<Communication> {
    authorize(this.ctx.identity, 'communication:write', 'hand over letters');
    const [letter] = await this.letters(
      [id],
      [CommunicationStatus.TO_PRINT, CommunicationStatus.PRINTED],
      'handed over',
    );
    if (!letter) throw notFound('Communication', id);
    const before = snapshotOf(letter);
    letter.status = CommunicationStatus.HANDED_OVER;
    letter.channel = LetterChannel.HAND_OVER;
    letter.sentAt = new Date();
    this.audit(letter, 'HANDED_OVER', before);
    await this.ctx.em.flush();
    return letter;
  }

  /** A link to the letter's PDF (or scan), for those who may read the log. */
  async pdfUrl(entry: Communication): Promise<string | null> {
    if (!entry.fileId) return null;
    authorize(this.ctx.identity, 'communication:read', 'read communications');
    const file = await this.ctx.em.findOne(StoredFile, { id: entry.fileId });
    return file
      ? new FileService(this.ctx.em, this.ctx.identity).downloadUrl(file, 'inline')
      : null;
  }

  private audit(entry: Communication, action: string, before?: Record<string, string | null>) {
    audit(this.ctx, {
      subjectId: entry.personId ?? entry.caseId ?? entry.id,
      entityType: 'Communication',
      entityId: entry.id,
      action,
      before,
      after: snapshotOf(entry),
    });
  }
}

function snapshotOf(entry: Communication): Record<string, string | null> {
  return Object.fromEntries(AUDITED.map((f) => [f, entry[f] ?? null]));
}
