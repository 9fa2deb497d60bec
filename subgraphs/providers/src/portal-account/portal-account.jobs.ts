import { type JobQueue, type WorkerDeps } from '@casework/kit';
import { PortalAccount, PortalAccountStatus } from './portal-account.entity.js';
import { hashInvitationToken, INVITATION_DAYS } from './portal-invitation.js';

export const PORTAL_ACCOUNT_QUEUES = {
  /** The invitation with its set-password link. */
  invitationEmail: 'portal-invitation-email',
} as const;

interface InvitationJob {
  accountId: string;
  token: string;
}

/**
 * Invitation mail. The link carries the token in the fragment (#), which browsers never send to
 * servers, so it stays out of access logs and referrers. A superseded invitation is not sent.
 */
export async function startPortalAccountWorkers(
  jobs: JobQueue,
  { orm, mailer, logger, publicUrl }: WorkerDeps,
): Promise<void> {
  await jobs.work<InvitationJob>(PORTAL_ACCOUNT_QUEUES.invitationEmail, async (job) => {
    const em = orm.em.fork();
    const account = await em.findOne(PortalAccount, job.accountId, { populate: ['provider'] });
    if (
      !account ||
      account.status !== PortalAccountStatus.INVITED ||
      account.invitationTokenHash !== hashInvitationToken(job.token)
    )
      return;
    await mailer.send({
      to: account.email,
      subject: `Your invitation to the provider portal for ${account.provider.name}`,
      text: [
        `Dear ${account.name},`,
        '',
        `${account.invitedBy ?? 'The agency'} invited you to the provider portal, where ${account.provider.name} answers service inquiries and raises administrative requests.`,
        '',
        `Choose your password here (the link works for ${INVITATION_DAYS} days and only once):`,
        `${publicUrl}/portal/invitation#token=${job.token}`,
        '',
        `You will sign in with this email address: ${account.email}`,
      ].join('\n'),
      messageId: `<invitation-${account.invitationTokenHash}@casework>`,
    });
    logger.info({ accountId: account.id }, 'portal invitation sent');
  });
}
