import {
  CommunicationMethod,
  type Identity,
  type JobQueue,
  Role,
  type WorkerDeps,
} from '@casework/kit';
import {
  type PartyAddressFact,
  REFERRAL_MADE_QUEUE,
  type ReferralMadeV1,
} from '@casework/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Communication } from '../communication/communication.entity.js';
import { CommunicationStatus, CorrespondentType } from '../communication/communication-enums.js';
import { PartyType } from '../communication-exception/communication-exception.entity.js';
import { exceptionsInForceFor } from '../communication-exception/communication-exception.service.js';
import { storeNotification } from '../notification/notification.service.js';
import { providerContact } from '../provider/provider-contact.js';
import { decideChannel, LetterChannel } from './letter-channel.js';
import { derivedEventId, LETTER_EMAIL_QUEUE } from './letter-email.jobs.js';
import { formatLetterDate, languageForCountry, LetterKind } from './letter-kinds.js';
import { writeLetter } from './letter-writer.js';

interface Party {
  kind: LetterKind;
  type: CorrespondentType;
  partyKey: { type: PartyType; id: string };
  name: string;
  email: string | null;
  address: PartyAddressFact | null;
  preferred: string | null;
  text: string;
}

function addressLines(address: PartyAddressFact | null): string[] {
  if (!address) return [];
  return [
    address.line1,
    address.line2,
    `${address.postalCode} ${address.city}`,
    address.country,
  ].filter((line): line is string => !!line);
}

function asMethod(value: string | null): CommunicationMethod | null {
  return Object.values(CommunicationMethod).includes(value as CommunicationMethod)
    ? (value as CommunicationMethod)
    : null;
}

/** The channel and status of one party's letter (R2.5: print later queues every letter). */
async function channelFor(em: EntityManager, event: ReferralMadeV1, party: Party) {
  if (event.delivery === 'PRINT_LATER') {
    return {
      channel: party.address ? LetterChannel.POST : LetterChannel.HAND_OVER,
      status: CommunicationStatus.TO_PRINT,
    };
  }
  const excepted = (await exceptionsInForceFor(em, party.partyKey, event.referredOn)).map(
    (e) => e.method,
  );
  const decision = decideChannel({
    preferred: asMethod(party.preferred),
    excepted,
    hasEmail: !!party.email,
    hasPostalAddress: !!party.address,
  });
  const status = {
    [LetterChannel.EMAIL]: CommunicationStatus.SENDING,
    [LetterChannel.POST]: CommunicationStatus.TO_PRINT,
    [LetterChannel.HAND_OVER]: CommunicationStatus.TO_PRINT,
    [LetterChannel.NONE]: CommunicationStatus.NOT_SENT,
  }[decision.channel];
  return { channel: decision.channel, status };
}

/**
 * The referral notification letters (R2.1-R2.7): one to the client and one to the provider, each
 * with the caseworker's text (R2.2), by the channel decided per party; emailed ones go through
 * their own job, the rest wait in the print queue; a party that cannot be written to is told to
 * the caseworker at once (R2.7, R6.1). A repeated job makes nothing twice.
 */
export async function startReferralLetterWorker(
  jobs: JobQueue,
  { orm, logger }: WorkerDeps,
): Promise<void> {
  await jobs.work<ReferralMadeV1>(REFERRAL_MADE_QUEUE, async (event) => {
    if (event.version !== 1)
      throw new Error(`unknown referral event version ${String(event.version)}`);
    const em = orm.em.fork();
    const done = await em.count(Communication, { referralId: event.referralId });
    if (!done) {
      const caseworker: Identity = {
        id: event.caseworker.id,
        name: event.caseworker.name,
        email: event.caseworker.email ?? '',
        roles: [Role.CASEWORKER],
        clearance: 1,
      };
      const provider = await providerContact(caseworker, event.provider.providerId);
      const parties: Party[] = [
        {
          kind: LetterKind.REFERRAL_CLIENT,
          type: CorrespondentType.CLIENT,
          partyKey: { type: PartyType.PERSON, id: event.client.personId },
          name: event.client.name,
          email: event.client.email,
          address: event.client.address,
          preferred: event.client.preferredCommunicationMethod,
          text: event.client.text,
        },
        {
          kind: LetterKind.REFERRAL_PROVIDER,
          type: CorrespondentType.PROVIDER,
          partyKey: { type: PartyType.PROVIDER, id: event.provider.providerId },
          name: provider.name,
          email: provider.emailStatus === 'OK' ? provider.email : null,
          address: provider.address,
          preferred: provider.preferredCommunicationMethod,
          text: event.provider.text,
        },
      ];
      await em.transactional(async (tx) => {
        for (const party of parties) {
          const { channel, status } = await channelFor(tx, event, party);
          const language = languageForCountry(party.address?.country);
          const letter = await writeLetter(tx, {
            kind: party.kind,
            language,
            correspondentType: party.type,
            recipientName: party.name,
            recipientEmail: party.email,
            addressLines: addressLines(party.address),
            personId: event.client.personId,
            providerId: event.provider.providerId,
            caseId: event.integratedCaseId,
            referralId: event.referralId,
            reference: event.caseReference,
            date: event.referredOn,
            values: {
              'caseworker.name': event.caseworker.name,
              text: party.text,
              'service.name': event.serviceName,
              'provider.name': provider.name,
              'client.name': event.client.name,
              // Inside a sentence the date reads as the letter's language writes it.
              referredOn: formatLetterDate(event.referredOn, language),
            },
            channel,
            status,
            by: { id: event.caseworker.id, name: event.caseworker.name },
          });
          if (channel === LetterChannel.EMAIL) {
            await jobs.enqueue(
              tx,
              LETTER_EMAIL_QUEUE,
              { communicationId: letter.id },
              { id: letter.id },
            );
          }
        }
      });
    }
    // After the letters are stored (also on a repeated job): tell the caseworker of every party
    // that cannot be written to; each notification is stored once.
    const unsent = await em.find(Communication, {
      referralId: event.referralId,
      status: CommunicationStatus.NOT_SENT,
    });
    for (const letter of unsent) {
      await storeNotification(em, {
        eventId: derivedEventId(letter.id, 'no-channel'),
        recipientId: event.caseworker.id,
        kind: 'LETTER_NO_CHANNEL',
        params: {
          reference: event.caseReference,
          partyName: letter.correspondentName,
          serviceName: event.serviceName,
          reason: 'NO_USABLE_METHOD',
        },
        subjectType: 'IntegratedCase',
        subjectId: event.integratedCaseId,
        link: `/agency/integrated-cases/${event.integratedCaseId}`,
      });
    }
    logger.info({ referralId: event.referralId, unsent: unsent.length }, 'referral letters');
  });
}
