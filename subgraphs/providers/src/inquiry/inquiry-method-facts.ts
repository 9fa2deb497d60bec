import { type RequestContext } from '@casework/kit';
import { activePortalAccounts } from '../portal-account/portal-account.service.js';
import { EmailStatus } from '../provider/email-status.js';
import { type ProviderFields } from '../provider/provider-row.js';
import { type InquiryMethodFacts } from './allowed-inquiry-methods.js';

/** The facts R1.8 decides on, for one provider (read by the service and the resolver alike). */
export async function inquiryMethodFacts(
  ctx: RequestContext,
  provider: Pick<ProviderFields, 'id' | 'email' | 'emailStatus' | 'preferredInquiryMethod'>,
): Promise<InquiryMethodFacts> {
  return {
    preferredInquiryMethod: provider.preferredInquiryMethod ?? null,
    hasValidEmail: Boolean(provider.email) && provider.emailStatus === EmailStatus.OK,
    hasPortalAccount: (await activePortalAccounts(ctx, provider.id)).length > 0,
  };
}
