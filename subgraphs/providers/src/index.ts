import { StoredRecord, resolvePersonReference, type SubgraphDefinition } from '@casework/kit';
import { INQUIRY_FACTS_QUEUE, INTEGRATION_EVENTS_QUEUE } from '@casework/contracts';
import { seedDemoData } from './demo/demo-data.js';
import { migrations } from './migrations/index.js';
import { ProviderBranch } from './branch/branch.entity.js';
import { ProviderBranchesResolver } from './branch/branch.resolver.js';
import { ProviderContact } from './contact/contact.entity.js';
import { ProviderContactsResolver } from './contact/contact.resolver.js';
import { ProviderInquiryMethodsResolver } from './inquiry/inquiry-methods.resolver.js';
import { InquiryMessage } from './inquiry/inquiry-message.entity.js';
import { Inquiry } from './inquiry/inquiry.entity.js';
import { INQUIRY_QUEUES, startInquiryWorkers } from './inquiry/inquiry.jobs.js';
import { InquiryResolver } from './inquiry/inquiry.resolver.js';
import { INQUIRY_EVENTS } from './inquiry/inquiry-events.js';
import { InquiryLiveResolver } from './inquiry/inquiry-live.resolver.js';
import { InquiryStatisticsResolver } from './inquiry/inquiry-statistics.resolver.js';
import { ActivePortalAccount } from './portal-account/active-portal-account.middleware.js';
import { PortalAccount } from './portal-account/portal-account.entity.js';
import {
  PortalAccountResolver,
  ProviderPortalAccountsResolver,
} from './portal-account/portal-account.resolver.js';
import {
  PORTAL_ACCOUNT_QUEUES,
  startPortalAccountWorkers,
} from './portal-account/portal-account.jobs.js';
import { Provider } from './provider/provider.entity.js';
import { existingProviders, resolveProviderReference } from './provider/provider.reference.js';
import { servicesOfferedBy } from './service/service.reference.js';
import { ProviderResolver } from './provider/provider.resolver.js';
import { ProviderServicesResolver } from './service/provider-services.resolver.js';
import { Service } from './service/service.entity.js';
import { ServiceResolver } from './service/service.resolver.js';
import { InquiryLook } from './inquiry/inquiry-look.entity.js';
import { InquiryNewsResolver } from './inquiry/inquiry-news.resolver.js';
import { PendingInvitationsResolver } from './portal-account/pending-invitations.resolver.js';
import { ProviderRecordSearchResolver } from './search/provider-record-search.resolver.js';

/** Providers and the inquiries sent to them. */
export const providersSubgraph: SubgraphDefinition = {
  name: 'providers',
  defaultPort: 4002,
  entities: [
    StoredRecord,
    Provider,
    ProviderBranch,
    ProviderContact,
    PortalAccount,
    Service,
    Inquiry,
    InquiryMessage,
    InquiryLook,
  ],
  migrations,
  resolvers: [
    ProviderResolver,
    ProviderPortalAccountsResolver,
    PortalAccountResolver,
    ProviderBranchesResolver,
    ProviderContactsResolver,
    ProviderInquiryMethodsResolver,
    ServiceResolver,
    ProviderServicesResolver,
    InquiryResolver,
    InquiryStatisticsResolver,
    InquiryLiveResolver,
    InquiryNewsResolver,
    ProviderRecordSearchResolver,
    PendingInvitationsResolver,
  ],
  // One rule for every field: a disabled portal account is refused at once.
  middlewares: [ActivePortalAccount],
  liveChannels: [INQUIRY_EVENTS],
  references: { Provider: resolveProviderReference, Person: resolvePersonReference },
  ownedRecords: { Provider: existingProviders, OfferedService: servicesOfferedBy },
  referencedTypes: { Person: 'cases', IntegratedCase: 'cases' },
  jobs: {
    // The inquiry facts queue is consumed by the communications subgraph; queued here in the same transaction.
    queues: [
      ...Object.values(INQUIRY_QUEUES),
      ...Object.values(PORTAL_ACCOUNT_QUEUES),
      INQUIRY_FACTS_QUEUE,
      INTEGRATION_EVENTS_QUEUE,
    ].map((name) => ({ name })),
    startWorkers: async (queue, deps) => {
      await startInquiryWorkers(queue, deps);
      await startPortalAccountWorkers(queue, deps);
    },
  },
  seedDemoData,
};

export { statisticsSql } from './inquiry/inquiry-statistics.js';
