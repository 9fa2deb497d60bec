import { type EntityManager } from '@mikro-orm/postgresql';
import { Communication } from '../communication/communication.entity.js';
import {
  CommunicationDirection,
  CommunicationKind,
  type CommunicationStatus,
  type CorrespondentType,
} from '../communication/communication-enums.js';
import { storeGeneratedFile } from '../file/generated-file.js';
import { FilePurpose } from '../file/file-purpose.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';
import { type LetterChannel } from './letter-channel.js';
import { type LetterKind, type LetterLanguage } from './letter-kinds.js';
import { renderLetterPdf } from './letter-pdf.js';
import { readLetterhead } from './letterhead.js';
import { currentTemplate, fillTemplate } from './letter-template.service.js';

/** Everything one outgoing letter is made from. */
export interface NewLetter {
  kind: LetterKind;
  language: LetterLanguage;
  correspondentType: CorrespondentType;
  recipientName: string;
  recipientEmail: string | null;
  addressLines: string[];
  personId: string | null;
  providerId: string | null;
  caseId: string | null;
  referralId: string | null;
  reference: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Placeholder values by dotted name (recipient, agency and date are added here). */
  values: Record<string, string>;
  channel: LetterChannel;
  status: CommunicationStatus;
  by: { id: string; name: string };
}

/**
 * Makes one letter (R2.4): the current template of its kind in the party's language (or the
 * built-in text), filled and rendered to PDF, the PDF kept as a file, and the letter entered in
 * the communication log with the template version. Stored by the caller's flush.
 */
export async function writeLetter(em: EntityManager, letter: NewLetter): Promise<Communication> {
  const letterhead = readLetterhead();
  const template = await currentTemplate(em, letter.kind, letter.language);
  const source = template ?? DEFAULT_TEMPLATES[letter.kind][letter.language];
  const language = template?.language ?? letter.language;
  const filled = fillTemplate(source, {
    ...letter.values,
    'recipient.name': letter.recipientName,
    'agency.name': letterhead.name,
    date: letter.date,
    reference: letter.reference,
  });
  const pdf = await renderLetterPdf(letterhead, {
    language,
    recipientName: letter.recipientName,
    addressLines: letter.addressLines,
    date: letter.date,
    reference: letter.reference,
    ...filled,
  });
  const file = storeGeneratedFile(em, {
    purpose: FilePurpose.LETTER,
    fileName: `${letter.reference}-${letter.kind.toLowerCase()}.pdf`,
    contentType: 'application/pdf',
    content: pdf,
    byId: letter.by.id,
    by: letter.by.name,
  });
  const entry = em.create(Communication, {
    kind: CommunicationKind.LETTER,
    direction: CommunicationDirection.OUTGOING,
    correspondentType: letter.correspondentType,
    correspondentName: letter.recipientName,
    personId: letter.personId,
    providerId: letter.providerId,
    caseId: letter.caseId,
    referralId: letter.referralId,
    occurredAt: new Date(),
    subject: filled.subject.slice(0, 300),
    text: filled.body,
    status: letter.status,
    channel: letter.channel,
    language,
    templateVersionId: template?.id ?? null,
    fileId: file.id,
    recipientEmail: letter.recipientEmail,
    recipientAddress: letter.addressLines,
    createdById: letter.by.id,
    createdBy: letter.by.name,
  });
  entry.messageId = `<letter-${entry.id}@casework>`;
  return entry;
}
