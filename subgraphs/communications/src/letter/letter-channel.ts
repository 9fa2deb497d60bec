import { CommunicationMethod } from '@casework/kit';
import { registerEnumType } from 'type-graphql';

/** How one letter reaches its party. */
export enum LetterChannel {
  EMAIL = 'EMAIL',
  POST = 'POST',
  /** Printed and given to the client at an appointment (R2.3). */
  HAND_OVER = 'HAND_OVER',
  /** No usable method: the caseworker is told to contact the party another way (R2.7). */
  NONE = 'NONE',
}

registerEnumType(LetterChannel, { name: 'LetterChannel', description: 'How a letter is issued' });

export interface ChannelFacts {
  /** Recorded at registration; null when none was recorded. */
  preferred: CommunicationMethod | null;
  /** Methods under a communication exception in force on the letter's date (R2.7). */
  excepted: readonly CommunicationMethod[];
  hasEmail: boolean;
  hasPostalAddress: boolean;
}

export interface ChannelDecision {
  channel: LetterChannel;
  /** Why NONE was decided, for the caseworker's notification. */
  reason: 'EMAIL_EXCEPTED_NO_PREFERENCE' | 'NO_USABLE_METHOD' | null;
}

/**
 * The channel of a letter sent automatically (R2.6, R2.7), one pure function:
 *
 * | preferred        | email usable¹ | post usable² | channel                                        |
 * | ---------------- | ------------- | ------------ | ---------------------------------------------- |
 * | EMAIL            | yes           | any          | EMAIL                                          |
 * | EMAIL            | no            | yes          | POST                                           |
 * | POST             | any           | yes          | POST                                           |
 * | POST             | yes           | no           | EMAIL                                          |
 * | none/PHONE/IN_P. | —             | —            | email excepted: NONE (R2.7, tell caseworker)   |
 * | none/PHONE/IN_P. | yes           | any          | EMAIL (not excepted)                           |
 * | none/PHONE/IN_P. | no            | yes          | POST                                           |
 * | any              | no            | no           | NONE (tell caseworker)                         |
 *
 * ¹ an email address and no EMAIL exception; ² a postal address and no POST exception.
 * An EMAIL exception always rules email out, whatever is preferred.
 */
export function decideChannel(facts: ChannelFacts): ChannelDecision {
  const emailExcepted = facts.excepted.includes(CommunicationMethod.EMAIL);
  const email = facts.hasEmail && !emailExcepted;
  const post = facts.hasPostalAddress && !facts.excepted.includes(CommunicationMethod.POST);
  const ok = (channel: LetterChannel): ChannelDecision => ({ channel, reason: null });
  if (facts.preferred === CommunicationMethod.EMAIL) {
    if (email) return ok(LetterChannel.EMAIL);
    if (post) return ok(LetterChannel.POST);
  } else if (facts.preferred === CommunicationMethod.POST) {
    if (post) return ok(LetterChannel.POST);
    if (email) return ok(LetterChannel.EMAIL);
  } else {
    if (emailExcepted) {
      return { channel: LetterChannel.NONE, reason: 'EMAIL_EXCEPTED_NO_PREFERENCE' };
    }
    if (email) return ok(LetterChannel.EMAIL);
    if (post) return ok(LetterChannel.POST);
  }
  return { channel: LetterChannel.NONE, reason: 'NO_USABLE_METHOD' };
}
