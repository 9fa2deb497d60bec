import {
  type AuthenticatedLocals,
  type HttpRouteDeps,
  isGatewaySystem,
  LoaderRegistry,
  type RequestContext,
  requireInternalToken,
} from '@casework/kit';
import express, { type Express, type Request, type Response } from 'express';
import { MeetingStatus } from './meeting-enums.js';
import { MeetingInvitee } from './meeting-invitee.entity.js';
import {
  checkResponseLink,
  configureResponseLinks,
  MEETING_RESPONSE_PATH,
  type ResponseLink,
} from './meeting-response-links.js';
import { fill, pageLanguage, pageTexts, type PageLanguage } from './meeting-response-texts.js';
import { MeetingService } from './meeting.service.js';

type Link = Omit<ResponseLink, 'expiresAt'>;
type Refusal = 'invalid' | 'expired' | 'stale' | 'closed';
type PageMessage = Refusal | 'question' | 'recorded' | 'alreadyRecorded';
type Outcome =
  { status: number; message: Refusal } | { status: 200; invitee: MeetingInvitee; link: Link };

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The invitee's answer through a signed link in the invitation (R3.1), without signing in: GET
 * shows the meeting and a confirm button (mail scanners that open links change nothing), POST
 * records the answer. A tampered, expired or outdated link is refused with a clear page; the same
 * answer twice changes nothing. Only the gateway reaches these routes (internal token, gateway
 * system identity), so the page is served on the apps' origin.
 */
export function mountMeetingResponseRoutes(
  app: Express,
  { orm, internalSecret, logger }: HttpRouteDeps,
): void {
  configureResponseLinks(internalSecret);
  const onlyGateway = (
    req: Request,
    res: Response<unknown, AuthenticatedLocals>,
    next: () => void,
  ) => (isGatewaySystem(res.locals.identity) ? next() : void res.status(403).end());

  const find = async (query: Record<string, unknown>): Promise<Outcome> => {
    const check = checkResponseLink(query);
    if (check.status !== 'ok')
      return { status: check.status === 'expired' ? 410 : 400, message: check.status };
    const { link } = check;
    const invitee = await orm.em
      .fork()
      .findOne(MeetingInvitee, { id: link.inviteeId }, { populate: ['meeting'] });
    if (!invitee || invitee.meeting.id !== link.meetingId)
      return { status: 400, message: 'invalid' };
    if (invitee.meeting.status !== MeetingStatus.SCHEDULED)
      return { status: 409, message: 'closed' };
    if (invitee.meeting.sequence !== link.sequence) return { status: 409, message: 'stale' };
    return { status: 200, invitee, link };
  };

  app.get(
    MEETING_RESPONSE_PATH,
    requireInternalToken(internalSecret),
    onlyGateway,
    async (req: Request, res: Response) => {
      const browser = pageLanguage(req.headers['accept-language']);
      try {
        const found = await find(req.query);
        if ('message' in found) return page(res, browser, found.status, found.message);
        const { invitee, link } = found;
        const language = pageLanguage(req.headers['accept-language'], inviteeLanguage(invitee));
        const t = pageTexts(language);
        const subject = invitee.meeting.subject;
        if (invitee.response === link.response)
          return page(res, language, 200, 'alreadyRecorded', {
            subject,
            answer: t.answer[link.response]!,
          });
        const hidden = Object.entries(req.query)
          .filter(([name]) => ['m', 'i', 's', 'r', 'expires', 'signature'].includes(name))
          .map(
            ([name, value]) =>
              `<input type="hidden" name="${name}" value="${escape(String(value))}">`,
          )
          .join('');
        page(
          res,
          language,
          200,
          'question',
          { subject },
          `<form method="post">${hidden}<button type="submit">${escape(t.confirm[link.response]!)}</button></form>`,
        );
      } catch (error) {
        logger.error({ err: error }, 'meeting response page failed');
        res.status(500).type('text/plain').send('Something went wrong; please try again later.');
      }
    },
  );

  app.post(
    MEETING_RESPONSE_PATH,
    requireInternalToken(internalSecret),
    onlyGateway,
    express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 }),
    async (req: Request, res: Response) => {
      const browser = pageLanguage(req.headers['accept-language']);
      try {
        const found = await find((req.body ?? {}) as Record<string, unknown>);
        if ('message' in found) return page(res, browser, found.status, found.message);
        const { invitee, link } = found;
        const language = pageLanguage(req.headers['accept-language'], inviteeLanguage(invitee));
        const t = pageTexts(language);
        const values = { subject: invitee.meeting.subject, answer: t.answer[link.response]! };
        if (invitee.response === link.response)
          return page(res, language, 200, 'alreadyRecorded', values);
        const em = orm.em.fork();
        const fresh = await em.findOneOrFail(
          MeetingInvitee,
          { id: invitee.id },
          { populate: ['meeting'] },
        );
        const ctx: RequestContext = {
          identity: {
            id: `meeting-invitee:${invitee.id}`,
            name: invitee.name,
            email: invitee.email ?? '',
            roles: [],
            clearance: 0,
          },
          requestId: String(req.headers['x-request-id'] ?? ''),
          em,
          logger,
          loaders: new LoaderRegistry(),
        };
        await new MeetingService(ctx).answer(fresh, link.response, `${invitee.name} (link)`);
        logger.info(
          { inviteeId: invitee.id, response: link.response },
          'invitation answered by link',
        );
        page(res, language, 200, 'recorded', values);
      } catch (error) {
        logger.error({ err: error }, 'meeting response failed');
        res.status(500).type('text/plain').send('Something went wrong; please try again later.');
      }
    },
  );
}

/** Unless the browser asks for one of ours, the page speaks the invitation's language (R6.4). */
const inviteeLanguage = (invitee: MeetingInvitee) => invitee.language.toLowerCase() as PageLanguage;

function page(
  res: Response,
  language: PageLanguage,
  status: number,
  message: PageMessage,
  values: Record<string, string> = {},
  form = '',
): void {
  const t = pageTexts(language);
  const text = t[message];
  res
    .status(status)
    .set({
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    .type('html')
    .send(
      `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t.title)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}button{font:inherit;padding:.75rem 1.5rem;margin-top:1rem;cursor:pointer}</style></head><body><main><h1>${escape(t.title)}</h1><p id="message">${escape(fill(text, values))}</p>${form}</main></body></html>`,
    );
}
