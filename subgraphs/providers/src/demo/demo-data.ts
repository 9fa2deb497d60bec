import { CommunicationMethod } from '@casework/kit';
import { DEMO_PORTAL_ACCOUNTS, DEMO_PROVIDERS } from '@casework/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { BranchKind, ProviderBranch } from '../branch/branch.entity.js';
import { ProviderContact } from '../contact/contact.entity.js';
import { InquiryMethod } from '../provider/inquiry-method.js';
import {
  PortalAccount,
  PortalAccountStatus,
  PortalRole,
} from '../portal-account/portal-account.entity.js';
import { Provider } from '../provider/provider.entity.js';
import { Service } from '../service/service.entity.js';

const providers = [
  {
    id: DEMO_PROVIDERS.sonnenhof,
    reference: 'PR-DEMO0001',
    name: 'Sonnenhof Pflegedienst gGmbH',
    email: 'kontakt@sonnenhof.example',
    phone: '+49 30 5551001',
    preferredInquiryMethod: InquiryMethod.INTERNET,
    preferredCommunicationMethod: CommunicationMethod.EMAIL,
    address: { line1: 'Sonnenallee 120', postalCode: '12045', city: 'Berlin', country: 'DE' },
  },
  {
    id: DEMO_PROVIDERS.casaAperta,
    reference: 'PR-DEMO0002',
    name: 'Cooperativa Casa Aperta',
    email: 'info@casaaperta.example',
    phone: '+39 02 5551002',
    preferredInquiryMethod: null,
    preferredCommunicationMethod: CommunicationMethod.POST,
    address: { line1: 'Via Padova 45', postalCode: '20127', city: 'Milano', country: 'IT' },
  },
  {
    id: DEMO_PROVIDERS.mobilDienst,
    reference: 'PR-DEMO0003',
    name: 'MobilDienst Nord e.V.',
    email: null,
    phone: '+49 40 5551003',
    preferredInquiryMethod: InquiryMethod.PHONE,
    preferredCommunicationMethod: CommunicationMethod.PHONE,
    address: null,
  },
];

const services = [
  {
    id: '0b9e5f5a-0004-4000-8000-000000000001',
    code: 'HOME-CARE',
    name: 'Home care',
    offeredBy: ['sonnenhof', 'mobilDienst'],
  },
  {
    id: '0b9e5f5a-0004-4000-8000-000000000002',
    code: 'MEALS',
    name: 'Meals on wheels',
    offeredBy: ['sonnenhof', 'casaAperta'],
  },
  {
    id: '0b9e5f5a-0004-4000-8000-000000000003',
    code: 'TRANSPORT',
    name: 'Accessible transport',
    offeredBy: ['mobilDienst'],
  },
  {
    id: '0b9e5f5a-0004-4000-8000-000000000004',
    code: 'COUNSELLING',
    name: 'Counselling',
    offeredBy: ['casaAperta'],
  },
] as const;

/** Branches and contacts of Sonnenhof, with fixed ids so a second start adds nothing. */
const branches = [
  {
    id: '0b9e5f5a-0005-4000-8000-000000000001',
    provider: DEMO_PROVIDERS.sonnenhof,
    name: 'Sonnenhof Neukölln',
    kind: BranchKind.BRANCH,
    email: 'neukoelln@sonnenhof.example',
    phone: '+49 30 5551011',
    iban: 'DE89370400440532013000',
  },
  {
    id: '0b9e5f5a-0005-4000-8000-000000000002',
    provider: DEMO_PROVIDERS.sonnenhof,
    name: 'Sonnenhof Mahlzeiten GmbH',
    kind: BranchKind.SUBSIDIARY,
    email: 'mahlzeiten@sonnenhof.example',
    phone: null,
    iban: 'DE02120300000000202051',
  },
];

const contacts = [
  {
    id: '0b9e5f5a-0006-4000-8000-000000000001',
    provider: DEMO_PROVIDERS.sonnenhof,
    branch: '0b9e5f5a-0005-4000-8000-000000000001',
    name: 'Petra Lindner',
    position: 'Intake coordinator',
    email: 'p.lindner@sonnenhof.example',
    phone: '+49 30 5551012',
    primary: true,
  },
  {
    id: '0b9e5f5a-0006-4000-8000-000000000002',
    provider: DEMO_PROVIDERS.sonnenhof,
    branch: null,
    name: 'Jens Albrecht',
    position: 'Billing',
    email: 'abrechnung@sonnenhof.example',
    phone: null,
    primary: false,
  },
];

async function seedOrganisation(em: EntityManager): Promise<void> {
  const knownBranches = new Set(
    (await em.find(ProviderBranch, { id: { $in: branches.map((b) => b.id) } })).map((b) => b.id),
  );
  for (const branch of branches)
    if (!knownBranches.has(branch.id)) em.create(ProviderBranch, branch);
  await em.flush();
  const knownContacts = new Set(
    (await em.find(ProviderContact, { id: { $in: contacts.map((c) => c.id) } })).map((c) => c.id),
  );
  for (const contact of contacts)
    if (!knownContacts.has(contact.id)) em.create(ProviderContact, contact);
  await em.flush();
}

/** Inserts the demo providers that are missing; existing ones (maybe edited) are left alone. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  const knownServices = new Set(
    (await em.find(Service, { id: { $in: services.map((s) => s.id) } })).map((s) => s.id),
  );
  const newServices = services.filter((s) => !knownServices.has(s.id));
  for (const { offeredBy: _offeredBy, ...service } of newServices) em.create(Service, service);
  await em.flush();
  const existing = new Set(
    (await em.find(Provider, { id: { $in: providers.map((p) => p.id) } })).map((p) => p.id),
  );
  for (const provider of providers) {
    if (!existing.has(provider.id)) em.create(Provider, provider);
  }
  await em.flush();
  await seedOrganisation(em);
  // Services are linked once, when they are first created, so later edits by staff stay.
  for (const service of newServices) {
    for (const key of service.offeredBy) {
      const provider = await em.findOneOrFail(Provider, DEMO_PROVIDERS[key], {
        populate: ['services'],
      });
      provider.services.add(em.getReference(Service, service.id));
    }
  }
  await em.flush();
  // The portal accounts of the gateway's demo sign-ins (provider@ and provider-admin@demo.casework).
  const accounts = [
    {
      id: DEMO_PORTAL_ACCOUNTS.paulaProvider,
      email: 'provider@demo.casework',
      name: 'Paula Provider',
      role: PortalRole.PROVIDER_USER,
    },
    {
      id: DEMO_PORTAL_ACCOUNTS.peterProviderAdmin,
      email: 'provider-admin@demo.casework',
      name: 'Peter Provider-Admin',
      role: PortalRole.PROVIDER_ADMIN,
    },
  ];
  // Databases seeded before the ids were fixed get them now (the gateway's sign-ins use them).
  for (const { id, email } of accounts)
    await em.nativeUpdate(PortalAccount, { email, id: { $ne: id } }, { id });
  const known = new Set(
    (await em.find(PortalAccount, { email: { $in: accounts.map((a) => a.email) } })).map(
      (a) => a.email,
    ),
  );
  for (const account of accounts) {
    if (!known.has(account.email)) {
      em.create(PortalAccount, {
        ...account,
        provider: DEMO_PROVIDERS.sonnenhof,
        status: PortalAccountStatus.ACTIVE,
        activatedAt: new Date(),
      });
    }
  }
  await em.flush();
}
