import { ErrorNotice, formatAddress, LoadingState, useAuth, useFormat } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, BreadcrumbItem, Button, Tag, Tile } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { InquiryList } from '../inquiries/inquiry-list.js';
import { NewInquiryModal } from '../inquiries/new-inquiry-modal.js';
import { NotesPanel } from '../notes/notes-panel.js';
import { AttachmentsPanel } from '../attachments/attachments-panel.js';
import { CommunicationsPanel } from '../communications/communications-panel.js';
import { addressLinesOf } from '../communications/communication-options.js';
import { AuditTrail, mergeTrails } from '../audit/audit-trail.js';
import { CommunicationExceptions } from '../exceptions/communication-exceptions.js';
import { ConvertProspectModal } from './convert-prospect-modal.js';
import { PersonCaseNotesSection } from './person-case-notes.js';
import { PersonCases } from './person-cases.js';

const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id
      reference
      name
      dateOfBirth
      phone
      email
      preferredCommunicationMethod
      address {
        line1
        line2
        postalCode
        city
        country
      }
      kind
      version
      exceptedCommunicationMethods
      communicationExceptions(includeCancelled: true) {
        ...CommunicationExceptionFields
      }
      integratedCases {
        id
        reference
        status
        startDate
        caseType {
          name
        }
      }
      applications {
        id
        reference
        status
        createdAt
      }
      auditTrail {
        ...AuditEntryFields
      }
    }
  }
`);

/** A person's contact details and the notes about them. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(PersonQuery, { variables: { id } });
  const { can } = useAuth();
  const [asking, setAsking] = useState(false);
  const [converting, setConverting] = useState(false);
  const person = data?.person;
  const notSet = <span className="cw-muted">{t('common.notSet')}</span>;

  return (
    <div className="cw-page">
      <Breadcrumb noTrailingSlash>
        <BreadcrumbItem>
          <Link to="/persons">{t('persons.title')}</Link>
        </BreadcrumbItem>
      </Breadcrumb>
      {error && <ErrorNotice error={error} />}
      {loading && !person && <LoadingState />}
      {person && (
        <>
          <div className="cw-page__header">
            <h1 className="cw-page__title cds--type-heading-05">{person.name}</h1>
            <Tag type="gray">{person.reference}</Tag>
            {person.kind === 'PROSPECT' && (
              <Tag type="purple">{t('enums.PersonKind.PROSPECT')}</Tag>
            )}
            {person.kind === 'PROSPECT' && can('case:write') && (
              <Button kind="tertiary" onClick={() => setConverting(true)}>
                {t('register.convert')}
              </Button>
            )}
          </div>
          <Tile>
            <h2 className="cds--type-heading-03">{t('person.contact')}</h2>
            <dl className="cw-details">
              <dt>{t('person.dateOfBirth')}</dt>
              <dd>{person.dateOfBirth ? format.date(person.dateOfBirth) : notSet}</dd>
              <dt>{t('person.address')}</dt>
              <dd>{person.address ? formatAddress(person.address) : notSet}</dd>
              <dt>{t('person.phone')}</dt>
              <dd>{person.phone ?? notSet}</dd>
              <dt>{t('person.email')}</dt>
              <dd>{person.email ?? notSet}</dd>
              <dt>{t('person.preferredCommunicationMethod')}</dt>
              <dd>
                {person.preferredCommunicationMethod
                  ? t(`contact.CommunicationMethod.${person.preferredCommunicationMethod}`)
                  : notSet}
              </dd>
            </dl>
          </Tile>
          <CommunicationExceptions
            party={{ kind: 'person', id: person.id }}
            exceptions={person.communicationExceptions}
            exceptedToday={person.exceptedCommunicationMethods}
            canWrite={can('case:write')}
          />
          <PersonCases
            personId={person.id}
            cases={person.integratedCases}
            applications={person.applications}
            canWrite={can('case:write')}
          />
          <section className="cw-section" aria-labelledby="inquiries-heading">
            <div className="cw-page__header">
              <h2 id="inquiries-heading" className="cds--type-heading-04">
                {t('inquiries.title')}
              </h2>
              {can('note:write') && (
                <Button onClick={() => setAsking(true)}>{t('newInquiry.open')}</Button>
              )}
            </div>
            <InquiryList
              filter={{ personId: person.id }}
              title={t('inquiries.forPerson', { name: person.name })}
            />
          </section>
          {asking && <NewInquiryModal personId={person.id} onClose={() => setAsking(false)} />}
          {converting && (
            <ConvertProspectModal person={person} onClose={() => setConverting(false)} />
          )}
          <AttachmentsPanel subject="PERSON" subjectId={person.id} />
          <CommunicationsPanel
            personIds={[person.id]}
            clients={[{ ...person, addressLines: addressLinesOf(person.address) }]}
          />
          <NotesPanel personId={person.id} />
          <PersonCaseNotesSection personId={person.id} />
          <section className="cw-section">
            <AuditTrail
              entries={mergeTrails(
                person.auditTrail,
                ...person.communicationExceptions.map((e) => e.auditTrail),
              )}
            />
          </section>
        </>
      )}
    </div>
  );
}
