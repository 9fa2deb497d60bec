import { CommunicationMethod } from '@casework/kit';
import { describe, expect, it } from 'vitest';
import { decideChannel, LetterChannel } from './letter-channel.js';

const { EMAIL, POST, PHONE, IN_PERSON } = CommunicationMethod;
const preferences = [EMAIL, POST, PHONE, IN_PERSON, null] as const;
const exceptionSets: CommunicationMethod[][] = [[], [EMAIL], [POST], [EMAIL, POST]];

/** The table of decideChannel's comment, written out independently for every combination. */
function expected(
  preferred: CommunicationMethod | null,
  excepted: CommunicationMethod[],
  hasEmail: boolean,
  hasPost: boolean,
): `${LetterChannel}` {
  const email = hasEmail && !excepted.includes(EMAIL);
  const post = hasPost && !excepted.includes(POST);
  if (preferred === EMAIL) return email ? 'EMAIL' : post ? 'POST' : 'NONE';
  if (preferred === POST) return post ? 'POST' : email ? 'EMAIL' : 'NONE';
  if (excepted.includes(EMAIL)) return 'NONE';
  return email ? 'EMAIL' : post ? 'POST' : 'NONE';
}

describe('letter channel decision (R2.6, R2.7)', () => {
  const rows = preferences.flatMap((preferred) =>
    exceptionSets.flatMap((excepted) =>
      [true, false].flatMap((hasEmail) =>
        [true, false].map((hasPost) => ({ preferred, excepted, hasEmail, hasPost })),
      ),
    ),
  );

  it.each(rows)(
    'R2.6/R2.7: preferred $preferred, excepted $excepted, email $hasEmail, post $hasPost',
    ({ preferred, excepted, hasEmail, hasPost }) => {
      const decision = decideChannel({
        preferred,
        excepted,
        hasEmail,
        hasPostalAddress: hasPost,
      });
      expect(decision.channel).toBe(expected(preferred, excepted, hasEmail, hasPost));
      expect(decision.reason === null).toBe(decision.channel !== LetterChannel.NONE);
    },
  );

  it('R2.7: never email under an email exception, whatever is preferred', () => {
    for (const row of rows.filter((r) => r.excepted.includes(EMAIL))) {
      const decision = decideChannel({ ...row, hasPostalAddress: row.hasPost });
      expect(decision.channel).not.toBe(LetterChannel.EMAIL);
    }
  });

  it('R2.6: email preferred and allowed goes by email; R2.7: email exception without preference tells the caseworker', () => {
    expect(
      decideChannel({ preferred: EMAIL, excepted: [], hasEmail: true, hasPostalAddress: true }),
    ).toEqual({ channel: LetterChannel.EMAIL, reason: null });
    expect(
      decideChannel({ preferred: null, excepted: [EMAIL], hasEmail: true, hasPostalAddress: true }),
    ).toEqual({ channel: LetterChannel.NONE, reason: 'EMAIL_EXCEPTED_NO_PREFERENCE' });
  });
});
