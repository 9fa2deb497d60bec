import { AuditEntry, StoredRecord, type SubgraphDefinition } from '@casework/kit';
import {
  INTEGRATION_EVENTS_QUEUE,
  MEETING_HELD_QUEUE,
  REFERRAL_MADE_QUEUE,
} from '@casework/contracts';
import { ApplicationCase } from './application/application-case.entity.js';
import { ApplicationMeeting } from './application/application-meeting.entity.js';
import { ApplicationProblem } from './application/application-problem.entity.js';
import { ApplicationProgramme } from './application/application-programme.entity.js';
import {
  ApplicationResolver,
  PersonApplicationsResolver,
} from './application/application.resolver.js';
import { startMeetingHeldWorker } from './application/meeting-held.jobs.js';
import { existingApplicationCases } from './application/meeting-held.js';
import { AgencySettings } from './configuration/agency-settings.entity.js';
import { CaseReason } from './configuration/case-reason.entity.js';
import { CaseType } from './configuration/case-type.entity.js';
import { ConfigurationResolver } from './configuration/configuration.resolver.js';
import { Programme } from './configuration/programme.entity.js';
import {
  CaseDeliveriesResolver,
  ReferralProviderResolver,
  ServiceDeliveryProviderResolver,
} from './delivery/delivery.resolver.js';
import { ProductDeliveryCase } from './delivery/product-delivery.entity.js';
import { Referral } from './delivery/referral.entity.js';
import { ServiceDelivery } from './delivery/service-delivery.entity.js';
import { seedDemoData } from './demo/demo-data.js';
import { CaseHistoryEntry } from './integrated-case/case-history.entity.js';
import { CaseMember } from './integrated-case/case-member.entity.js';
import { IntegratedCase } from './integrated-case/integrated-case.entity.js';
import {
  IntegratedCaseResolver,
  PersonCasesResolver,
} from './integrated-case/integrated-case.resolver.js';
import { migrations } from './migrations/index.js';
import { Person } from './person/person.entity.js';
import { existingPersons, resolvePersonReference } from './person/person.reference.js';
import {
  clientsOfApplicationCase,
  clientsOfIntegratedCase,
} from './person/case-clients.reference.js';
import { existingIntegratedCases } from './integrated-case/integrated-case.reference.js';
import { PersonResolver } from './person/person.resolver.js';
import { RecordSearchResolver } from './search/record-search.resolver.js';

/** Clients, their applications and their integrated cases. */
export const casesSubgraph: SubgraphDefinition = {
  name: 'cases',
  defaultPort: 4001,
  entities: [
    StoredRecord,
    Person,
    AuditEntry,
    Programme,
    CaseType,
    CaseReason,
    AgencySettings,
    IntegratedCase,
    CaseMember,
    CaseHistoryEntry,
    ProductDeliveryCase,
    ServiceDelivery,
    Referral,
    ApplicationCase,
    ApplicationProgramme,
    ApplicationMeeting,
    ApplicationProblem,
  ],
  migrations,
  resolvers: [
    PersonResolver,
    PersonCasesResolver,
    PersonApplicationsResolver,
    ConfigurationResolver,
    IntegratedCaseResolver,
    CaseDeliveriesResolver,
    ServiceDeliveryProviderResolver,
    ReferralProviderResolver,
    ApplicationResolver,
    RecordSearchResolver,
  ],
  references: { Person: resolvePersonReference },
  ownedRecords: {
    Person: existingPersons,
    IntegratedCase: existingIntegratedCases,
    ApplicationCase: existingApplicationCases,
    ApplicationCaseClient: clientsOfApplicationCase,
    IntegratedCaseClient: clientsOfIntegratedCase,
  },
  referencedTypes: { Provider: 'providers', OfferedService: 'providers' },
  jobs: {
    // The referral-made queue is consumed by communications; queued here in the referral's transaction.
    queues: [
      { name: MEETING_HELD_QUEUE },
      { name: REFERRAL_MADE_QUEUE },
      { name: INTEGRATION_EVENTS_QUEUE },
    ],
    startWorkers: startMeetingHeldWorker,
  },
  seedDemoData,
};
