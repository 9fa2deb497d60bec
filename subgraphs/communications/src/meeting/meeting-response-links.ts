import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvitationResponse } from './meeting-enums.js';

/** The path on the gateway's origin that the gateway forwards, without sign-in, to this subgraph. */
export const MEETING_RESPONSE_PATH = '/meeting-responses';

/** The answers an invitee can give through the links in the invitation (R3.1). */
export const LINK_RESPONSES = [
  InvitationResponse.ACCEPTED,
  InvitationResponse.DECLINED,
  InvitationResponse.TENTATIVE,
] as const;
export type LinkResponse = (typeof LINK_RESPONSES)[number];

/** What one response link names; every part is covered by the signature. */
export interface ResponseLink {
  meetingId: string;
  inviteeId: string;
  /** The meeting's SEQUENCE the invitation was mailed for: a link of an older version is stale. */
  sequence: number;
  response: LinkResponse;
  expiresAt: Date;
}

let signingKey: Buffer | undefined;

/**
 * Called once at start with the internal secret; the key is derived from it as the file links'
 * key is (HMAC-SHA256), with its own label so a file link never passes as a response link.
 */
export function configureResponseLinks(internalSecret: string): void {
  signingKey = createHmac('sha256', internalSecret).update('casework-meeting-responses').digest();
}

function sign(link: Omit<ResponseLink, 'expiresAt'>, expires: number): string {
  if (!signingKey) throw new Error('meeting response links are not configured');
  return createHmac('sha256', signingKey)
    .update([link.meetingId, link.inviteeId, link.sequence, link.response, expires].join('\n'))
    .digest('base64url');
}

/** The query string of a response link: `m, i, s, r, expires, signature`. */
export function responseLinkQuery(link: ResponseLink): string {
  const expires = Math.floor(link.expiresAt.getTime() / 1000);
  return new URLSearchParams({
    m: link.meetingId,
    i: link.inviteeId,
    s: String(link.sequence),
    r: link.response,
    expires: String(expires),
    signature: sign(link, expires),
  }).toString();
}

export type ResponseLinkCheck =
  { status: 'ok'; link: Omit<ResponseLink, 'expiresAt'> } | { status: 'invalid' | 'expired' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks a link's query: well-formed, signature intact (constant time), not expired. */
export function checkResponseLink(
  query: Record<string, unknown>,
  now = new Date(),
): ResponseLinkCheck {
  const { m, i, s, r, expires, signature } = query;
  if (
    typeof m !== 'string' ||
    typeof i !== 'string' ||
    typeof s !== 'string' ||
    typeof r !== 'string' ||
    typeof expires !== 'string' ||
    typeof signature !== 'string' ||
    !UUID.test(m) ||
    !UUID.test(i) ||
    !/^\d{1,9}$/.test(s) ||
    !/^\d{1,12}$/.test(expires) ||
    !(LINK_RESPONSES as readonly string[]).includes(r)
  )
    return { status: 'invalid' };
  const link = {
    meetingId: m,
    inviteeId: i,
    sequence: Number(s),
    response: r as LinkResponse,
  };
  const expected = Buffer.from(sign(link, Number(expires)));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { status: 'invalid' };
  if (Number(expires) * 1000 < now.getTime()) return { status: 'expired' };
  return { status: 'ok', link };
}
