import { checkText, refuseFields, type RequestContext } from '@casework/kit';
import { type AdminRequestEventKind } from './admin-request-enums.js';
import { AdminRequestHistory } from './admin-request-history.entity.js';
import { type AdminRequest } from './admin-request.entity.js';
import { SupportDeskMember } from './support-desk-member.entity.js';

/**
 * Text a user typed under kit's text policy (trimmed, not blank, no control characters or lone
 * surrogates: they cannot be stored or mailed); the schema's length limits were checked before.
 */
export function requestText(value: string, field: string): string {
  const checked = checkText(value, { path: field, required: true, max: Number.MAX_SAFE_INTEGER });
  if ('error' in checked) throw refuseFields([checked.error]);
  return checked.value;
}

/** A step in the request's history by the caller (flushed with the change it describes). */
export function recordAdminRequestEvent(
  ctx: RequestContext,
  request: AdminRequest,
  kind: AdminRequestEventKind,
  fields: Partial<
    Pick<AdminRequestHistory, 'fromStatus' | 'toStatus' | 'internal' | 'detail' | 'messageId'>
  >,
): AdminRequestHistory {
  return ctx.em.create(AdminRequestHistory, {
    request,
    kind,
    internal: false,
    actorId: ctx.identity.id,
    actor: ctx.identity.name,
    ...fields,
  });
}

/** Colleagues one can assign to: everyone who has used the support desk (accounts live in the gateway). */
export async function rememberDeskMember(ctx: RequestContext): Promise<void> {
  const { id, name, email } = ctx.identity;
  await ctx.em.upsert(
    SupportDeskMember,
    { accountId: id, name, email, lastSeenAt: new Date() },
    { onConflictFields: ['accountId'], onConflictAction: 'merge' },
  );
}
