import { CommunicationMethod } from '@casework/kit';
import { DEMO_PERSONS } from '@casework/contracts';
import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { CaseReason, CaseReasonKind } from '../configuration/case-reason.entity.js';
import { CaseType } from '../configuration/case-type.entity.js';
import { MeetingRequirement } from '../configuration/meeting-requirement.js';
import { Programme } from '../configuration/programme.entity.js';
import { Person } from '../person/person.entity.js';

const persons = [
  {
    id: DEMO_PERSONS.annaSchmidt,
    reference: 'P-DEMO0001',
    givenName: 'Anna',
    familyName: 'Schmidt',
    dateOfBirth: '1984-03-12',
    email: 'anna.schmidt@example.org',
    phone: '+49 30 5550101',
    preferredCommunicationMethod: CommunicationMethod.EMAIL,
    address: { line1: 'Lindenstraße 4', postalCode: '10969', city: 'Berlin', country: 'DE' },
  },
  {
    id: DEMO_PERSONS.marcoRossi,
    reference: 'P-DEMO0002',
    givenName: 'Marco',
    familyName: 'Rossi',
    dateOfBirth: '1979-11-02',
    email: 'marco.rossi@example.org',
    phone: '+39 06 5550102',
    preferredCommunicationMethod: CommunicationMethod.POST,
    address: { line1: 'Via Garibaldi 21', postalCode: '00153', city: 'Roma', country: 'IT' },
  },
  {
    id: DEMO_PERSONS.leaMueller,
    reference: 'P-DEMO0003',
    givenName: 'Lea',
    familyName: 'Müller',
    dateOfBirth: '2001-07-23',
    email: null,
    phone: '+49 89 5550103',
    preferredCommunicationMethod: CommunicationMethod.PHONE,
    address: null,
  },
  {
    id: DEMO_PERSONS.giuliaBianchi,
    reference: 'P-DEMO0004',
    givenName: 'Giulia',
    familyName: 'Bianchi',
    dateOfBirth: '1992-01-30',
    email: 'giulia.bianchi@example.org',
    phone: null,
    preferredCommunicationMethod: null,
    address: { line1: 'Corso Italia 8', postalCode: '20122', city: 'Milano', country: 'IT' },
  },
  {
    id: DEMO_PERSONS.jonasWeber,
    reference: 'P-DEMO0005',
    givenName: 'Jonas',
    familyName: 'Weber',
    dateOfBirth: '1968-09-15',
    email: 'jonas.weber@example.org',
    phone: '+49 40 5550105',
    preferredCommunicationMethod: CommunicationMethod.IN_PERSON,
    address: { line1: 'Hafenweg 12', postalCode: '20457', city: 'Hamburg', country: 'DE' },
  },
];

const demoId = (n: number) => `0b9e5f5a-0c45-4000-8000-${String(n).padStart(12, '0')}`;

const programmes = [
  {
    id: demoId(1),
    name: 'Housing support',
    meetingRequired: true,
    meetingRequirement: MeetingRequirement.ALWAYS,
    product: 'Housing benefit',
  },
  { id: demoId(2), name: 'Child benefit', meetingRequired: false, product: 'Child allowance' },
  {
    id: demoId(3),
    name: 'Energy allowance',
    meetingRequired: false,
    meetingRequirement: MeetingRequirement.WHEN_PROBLEMS,
    product: 'Energy allowance',
  },
];
const caseTypes = [
  { id: demoId(11), name: 'Family support' },
  { id: demoId(12), name: 'Employment support' },
];
const reasons = [
  { id: demoId(21), kind: CaseReasonKind.CLOSURE, name: 'Needs met' },
  { id: demoId(22), kind: CaseReasonKind.CLOSURE, name: 'Moved away' },
  { id: demoId(23), kind: CaseReasonKind.REOPENING, name: 'Applied again' },
];

/** Inserts the demo records that are missing; existing ones (maybe edited) are left alone. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  const existing = new Set(
    (await em.find(Person, { id: { $in: persons.map((p) => p.id) } })).map((p) => p.id),
  );
  for (const person of persons) {
    if (!existing.has(person.id)) em.create(Person, person);
  }
  const have = async <T extends { id: string }>(entity: EntityName<T>, ids: string[]) =>
    new Set(
      (await em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<T>)).map((e) => e.id),
    );
  const haveProgrammes = await have(
    Programme,
    programmes.map((p) => p.id),
  );
  for (const p of programmes) if (!haveProgrammes.has(p.id)) em.create(Programme, p);
  const haveTypes = await have(
    CaseType,
    caseTypes.map((t) => t.id),
  );
  for (const t of caseTypes) if (!haveTypes.has(t.id)) em.create(CaseType, t);
  const haveReasons = await have(
    CaseReason,
    reasons.map((r) => r.id),
  );
  for (const r of reasons) if (!haveReasons.has(r.id)) em.create(CaseReason, r);
  await em.flush();
}
