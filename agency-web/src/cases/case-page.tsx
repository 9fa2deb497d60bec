import { ErrorNotice, LoadingState, useAuth, useFormat } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, BreadcrumbItem, Button, Tag, Tile } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AuditTrail } from '../audit/audit-trail.js';
import { AttachmentsPanel } from '../attachments/attachments-panel.js';
import { CommunicationsPanel } from '../communications/communications-panel.js';
import { CaseMeetingsSection } from '../meetings/case-meetings-section.js';
import { NotesPanel } from '../notes/notes-panel.js';
import { graphql } from '../gql/index.js';
import { AddDeliveryModal } from './add-delivery-modal.js';
import { CaseInquiriesSection } from './case-inquiries-section.js';
import { LifecycleModal } from './case-lifecycle-modal.js';
import { CaseMembersTable } from './case-members-table.js';
import { CaseReferralsTable } from './case-referrals-table.js';
import { ReferralModal } from './referral-modal.js';
import { CaseTimeline } from './case-timeline.js';
import { ProductDeliveriesTable, ServiceDeliveriesTable } from './case-deliveries-tables.js';
import { AddMemberModal, EndMemberModal } from './member-modals.js';

const CaseQuery = graphql(`
  query IntegratedCase($id: ID!) {
    integratedCase(id: $id) {
      id
      reference
      version
      status
      origin
      startDate
      closedOn
      outcome
      closureReason {
        name
      }
      caseType {
        name
      }
      primaryClient {
        id
        name
      }
      members {
        id
        version
        role
        startDate
        endDate
        person {
          id
          name
          email
        }
      }
      productDeliveries {
        id
        version
        reference
        product
        status
        periodFrom
        periodTo
      }
      serviceDeliveries {
        id
        version
        service
        status
        periodFrom
        periodTo
        provider {
          id
          name
        }
      }
      referrals {
        id
        version
        service
        status
        referredOn
        provider {
          id
          name
        }
      }
      history {
        id
        event
        at
        by
        reason
        detail
      }
      auditTrail {
        ...AuditEntryFields
      }
    }
  }
`);

/**
 * An integrated case: members, deliveries, referrals, inquiries, its timeline, closing and
 * reopening (R4.3-R4.7). Each section is its own component; a new one goes in the list below.
 */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useAuth();
  const { data, loading, error } = useQuery(CaseQuery, { variables: { id } });
  const [dialog, setDialog] = useState<'close' | 'reopen' | 'add' | 'member' | 'refer' | null>(
    null,
  );
  const [ending, setEnding] = useState<string | null>(null);
  const c = data?.integratedCase;
  const writer = can('case:write');
  const open = c?.status === 'OPEN';
  const endingMember = c?.members.find((m) => m.id === ending);

  return (
    <div className="cw-page">
      <Breadcrumb noTrailingSlash>
        <BreadcrumbItem>
          <Link to="/cases">{t('cases.title')}</Link>
        </BreadcrumbItem>
      </Breadcrumb>
      {error && <ErrorNotice error={error} />}
      {loading && !c && <LoadingState />}
      {c && (
        <>
          <div className="cw-page__header">
            <h1 className="cw-page__title cds--type-heading-05">
              {t('cases.integratedCase')} {c.reference}
            </h1>
            <Tag type={open ? 'green' : 'gray'} data-testid="case-status">
              {t(`enums.CaseStatus.${c.status}`)}
            </Tag>
            {writer && open && (
              <>
                <Button kind="tertiary" onClick={() => setDialog('member')}>
                  {t('casePage.addMember')}
                </Button>
                <Button kind="secondary" onClick={() => setDialog('add')}>
                  {t('casePage.add')}
                </Button>
                <Button
                  kind="secondary"
                  data-testid="refer-button"
                  onClick={() => setDialog('refer')}
                >
                  {t('referral.open')}
                </Button>
                <Button kind="danger--tertiary" onClick={() => setDialog('close')}>
                  {t('casePage.close')}
                </Button>
              </>
            )}
            {writer && !open && (
              <Button onClick={() => setDialog('reopen')}>{t('casePage.reopen')}</Button>
            )}
          </div>
          <Tile>
            <dl className="cw-details">
              <dt>{t('wizard.caseType')}</dt>
              <dd>{c.caseType?.name ?? t(`enums.CaseOrigin.${c.origin}`)}</dd>
              <dt>{t('wizard.primaryClient')}</dt>
              <dd>
                <Link to={`/persons/${c.primaryClient.id}`}>{c.primaryClient.name}</Link>
              </dd>
              <dt>{t('wizard.startDate')}</dt>
              <dd>{format.date(c.startDate)}</dd>
              {!open && (
                <>
                  <dt>{t('casePage.closed')}</dt>
                  <dd>
                    {c.closedOn ? format.date(c.closedOn) : ''} · {c.closureReason?.name} ·{' '}
                    {c.outcome}
                  </dd>
                </>
              )}
            </dl>
          </Tile>
          <CaseMembersTable
            members={c.members}
            onEnd={writer && open ? (member) => setEnding(member.id) : undefined}
          />
          <ProductDeliveriesTable deliveries={c.productDeliveries} writer={writer} />
          <ServiceDeliveriesTable deliveries={c.serviceDeliveries} writer={writer} />
          <CaseReferralsTable referrals={c.referrals} writer={writer} />
          <CaseInquiriesSection
            caseId={c.id}
            reference={c.reference}
            clientId={c.primaryClient.id}
            canAsk={writer && open}
          />
          <CaseTimeline history={c.history} />
          <CaseMeetingsSection
            caseType="INTEGRATED_CASE"
            caseId={c.id}
            clients={c.members.filter((m) => !m.endDate).map((m) => m.person)}
          />
          <NotesPanel caseRef={{ caseType: 'INTEGRATED_CASE', id: c.id }} />
          <AttachmentsPanel subject="INTEGRATED_CASE" subjectId={c.id} />
          <CommunicationsPanel
            personIds={c.members.map((m) => m.person.id)}
            caseId={c.id}
            clients={c.members.map((m) => m.person)}
          />
          <section className="cw-section">
            <AuditTrail entries={c.auditTrail} />
          </section>
          {(dialog === 'close' || dialog === 'reopen') && (
            <LifecycleModal
              kind={dialog === 'close' ? 'CLOSURE' : 'REOPENING'}
              caseId={c.id}
              version={c.version}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'add' && <AddDeliveryModal caseId={c.id} onClose={() => setDialog(null)} />}
          {dialog === 'refer' && (
            <ReferralModal
              caseId={c.id}
              clientName={c.primaryClient.name}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'member' && <AddMemberModal caseId={c.id} onClose={() => setDialog(null)} />}
          {endingMember && <EndMemberModal member={endingMember} onClose={() => setEnding(null)} />}
        </>
      )}
    </div>
  );
}
