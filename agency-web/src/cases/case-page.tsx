import { ErrorNotice, LoadingState, useAuth, useFormat } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Breadcrumb,
  BreadcrumbItem,
  Button,
  Modal,
  Select,
  SelectItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
  Tag,
  TextArea,
  TextInput,
  Tile,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AuditTrail } from '../audit/audit-trail.js';
import { AttachmentsPanel } from '../attachments/attachments-panel.js';
import { graphql } from '../gql/index.js';
import { type CaseReasonKind } from '../gql/graphql.js';
import { canWriteCases } from '../roles.js';
import { AddMemberModal, EndMemberModal } from './member-modals.js';
import { InquiryList } from '../inquiries/inquiry-list.js';
import { NewInquiryModal } from '../inquiries/new-inquiry-modal.js';

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
        id
        at
        actor
        entityType
        action
        changes {
          field
          oldValue
          newValue
        }
      }
    }
  }
`);

/** An empty table says so instead of showing headers alone. */
function NoneRow({ columns }: { columns: number }) {
  const { t } = useTranslation();
  return (
    <TableRow>
      <TableCell colSpan={columns} className="cw-muted">
        {t('casePage.none')}
      </TableCell>
    </TableRow>
  );
}

const Reasons = graphql(`
  query CaseReasons($kind: CaseReasonKind) {
    caseReasons(kind: $kind) {
      id
      name
    }
  }
`);

const CloseCase = graphql(`
  mutation CloseIntegratedCase($id: ID!, $input: CloseCaseInput!) {
    closeIntegratedCase(id: $id, input: $input) {
      id
      status
      version
    }
  }
`);

const ReopenCase = graphql(`
  mutation ReopenIntegratedCase($id: ID!, $input: ReopenCaseInput!) {
    reopenIntegratedCase(id: $id, input: $input) {
      id
      status
      version
    }
  }
`);

const EndProductDelivery = graphql(`
  mutation EndProductDelivery($id: ID!, $input: ProductDeliveryStatusInput!) {
    setProductDeliveryStatus(id: $id, input: $input) {
      id
      status
    }
  }
`);

const EndServiceDelivery = graphql(`
  mutation EndServiceDelivery($id: ID!, $input: ServiceDeliveryStatusInput!) {
    setServiceDeliveryStatus(id: $id, input: $input) {
      id
      status
    }
  }
`);

const ProviderChoices = graphql(`
  query DeliveryProviders {
    providers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const AddService = graphql(`
  mutation AddServiceDelivery($caseId: ID!, $input: ServiceDeliveryInput!) {
    addServiceDelivery(caseId: $caseId, input: $input) {
      id
    }
  }
`);

const AddReferral = graphql(`
  mutation AddReferral($caseId: ID!, $input: ReferralInput!) {
    addReferral(caseId: $caseId, input: $input) {
      id
    }
  }
`);

const AddProduct = graphql(`
  mutation AddProductDelivery($caseId: ID!, $input: ProductDeliveryInput!) {
    addProductDelivery(caseId: $caseId, input: $input) {
      id
    }
  }
`);

const refetch = { refetchQueries: ['IntegratedCase'], awaitRefetchQueries: true };
const today = () => new Date().toISOString().slice(0, 10);

/** An integrated case: members, deliveries, referrals, its timeline, closing and reopening (R4.3-R4.7). */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useAuth();
  const { data, loading, error } = useQuery(CaseQuery, { variables: { id } });
  const [dialog, setDialog] = useState<'close' | 'reopen' | 'add' | 'member' | null>(null);
  const [ending, setEnding] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [endProduct, endedProduct] = useMutation(EndProductDelivery, refetch);
  const [endService, endedService] = useMutation(EndServiceDelivery, refetch);
  const c = data?.integratedCase;
  const writer = !!user && canWriteCases(user.roles);
  const open = c?.status === 'OPEN';
  const provider = (p?: { id: string; name: string } | null) =>
    p ? <Link to={`/providers/${p.id}`}>{p.name}</Link> : '—';

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
          {(endedProduct.error || endedService.error) && (
            <ErrorNotice error={endedProduct.error ?? endedService.error} />
          )}
          <TableContainer title={t('casePage.members')} className="cw-section">
            <Table aria-label={t('casePage.members')} size="sm">
              <TableHead>
                <TableRow>
                  <TableHeader>{t('person.name')}</TableHeader>
                  <TableHeader>{t('casePage.role')}</TableHeader>
                  <TableHeader>{t('casePage.period')}</TableHeader>
                  <TableHeader>
                    <span className="cds--visually-hidden">{t('exceptions.actions')}</span>
                  </TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {c.members.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>
                      <Link to={`/persons/${m.person.id}`}>{m.person.name}</Link>
                    </TableCell>
                    <TableCell>{t(`enums.MemberRole.${m.role}`)}</TableCell>
                    <TableCell>
                      {format.date(m.startDate)} – {m.endDate ? format.date(m.endDate) : ''}
                    </TableCell>
                    <TableCell>
                      {writer && open && m.role !== 'PRIMARY_CLIENT' && (
                        <Button kind="ghost" size="sm" onClick={() => setEnding(m.id)}>
                          {t('casePage.setEnd', { name: m.person.name })}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TableContainer title={t('casePage.productDeliveries')} className="cw-section">
            <Table aria-label={t('casePage.productDeliveries')} size="sm">
              <TableHead>
                <TableRow>
                  <TableHeader>{t('casePage.product')}</TableHeader>
                  <TableHeader>{t('cases.status')}</TableHeader>
                  <TableHeader>{t('casePage.period')}</TableHeader>
                  <TableHeader>
                    <span className="cds--visually-hidden">{t('exceptions.actions')}</span>
                  </TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {c.productDeliveries.length === 0 && <NoneRow columns={4} />}
                {c.productDeliveries.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>
                      {p.product} ({p.reference})
                    </TableCell>
                    <TableCell>{t(`enums.ProductDeliveryStatus.${p.status}`)}</TableCell>
                    <TableCell>
                      {format.date(p.periodFrom)} – {p.periodTo ? format.date(p.periodTo) : ''}
                    </TableCell>
                    <TableCell>
                      {writer && p.status !== 'CLOSED' && (
                        <Button
                          kind="ghost"
                          size="sm"
                          onClick={() =>
                            void endProduct({
                              variables: {
                                id: p.id,
                                input: { version: p.version, status: 'CLOSED' },
                              },
                            }).catch(() => undefined)
                          }
                        >
                          {t('casePage.end', { name: p.product })}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TableContainer title={t('casePage.serviceDeliveries')} className="cw-section">
            <Table aria-label={t('casePage.serviceDeliveries')} size="sm">
              <TableHead>
                <TableRow>
                  <TableHeader>{t('casePage.service')}</TableHeader>
                  <TableHeader>{t('casePage.provider')}</TableHeader>
                  <TableHeader>{t('cases.status')}</TableHeader>
                  <TableHeader>{t('casePage.period')}</TableHeader>
                  <TableHeader>
                    <span className="cds--visually-hidden">{t('exceptions.actions')}</span>
                  </TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {c.serviceDeliveries.length === 0 && <NoneRow columns={5} />}
                {c.serviceDeliveries.map((s) => (
                  <TableRow key={s.id}>
                    <TableCell>{s.service}</TableCell>
                    <TableCell>{provider(s.provider)}</TableCell>
                    <TableCell>{t(`enums.ServiceDeliveryStatus.${s.status}`)}</TableCell>
                    <TableCell>
                      {format.date(s.periodFrom)} – {s.periodTo ? format.date(s.periodTo) : ''}
                    </TableCell>
                    <TableCell>
                      {writer && (s.status === 'PLANNED' || s.status === 'ACTIVE') && (
                        <Button
                          kind="ghost"
                          size="sm"
                          onClick={() =>
                            void endService({
                              variables: {
                                id: s.id,
                                input: { version: s.version, status: 'COMPLETED' },
                              },
                            }).catch(() => undefined)
                          }
                        >
                          {t('casePage.end', { name: s.service })}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TableContainer title={t('casePage.referrals')} className="cw-section">
            <Table aria-label={t('casePage.referrals')} size="sm">
              <TableHead>
                <TableRow>
                  <TableHeader>{t('casePage.service')}</TableHeader>
                  <TableHeader>{t('casePage.provider')}</TableHeader>
                  <TableHeader>{t('cases.status')}</TableHeader>
                  <TableHeader>{t('casePage.referredOn')}</TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {c.referrals.length === 0 && <NoneRow columns={4} />}
                {c.referrals.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>{r.service}</TableCell>
                    <TableCell>{provider(r.provider)}</TableCell>
                    <TableCell>{t(`enums.ReferralStatus.${r.status}`)}</TableCell>
                    <TableCell>{format.date(r.referredOn)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <section className="cw-section" aria-labelledby="case-inquiries-heading">
            <div className="cw-page__header">
              <h2 id="case-inquiries-heading" className="cds--type-heading-04">
                {t('inquiries.title')}
              </h2>
              {writer && c.status === 'OPEN' && (
                <Button onClick={() => setAsking(true)}>{t('newInquiry.open')}</Button>
              )}
            </div>
            <InquiryList
              filter={{ caseId: c.id }}
              title={t('inquiries.forCase', { reference: c.reference })}
            />
          </section>
          {asking && (
            <NewInquiryModal
              personId={c.primaryClient.id}
              caseId={c.id}
              onClose={() => setAsking(false)}
            />
          )}
          <section className="cw-section" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="cds--type-heading-04">
              {t('casePage.timeline')}
            </h2>
            <ol className="cw-timeline">
              {c.history.map((h) => (
                <li key={h.id} data-testid="timeline-entry">
                  <strong>{t(`enums.CaseEvent.${h.event}`)}</strong> · {format.dateTime(h.at)} ·{' '}
                  {h.by}
                  {h.reason && ` · ${t('casePage.reason')}: ${h.reason}`}
                  {h.detail && ` · ${h.detail}`}
                </li>
              ))}
            </ol>
          </section>
          <AttachmentsPanel subject="INTEGRATED_CASE" subjectId={c.id} />
          <section className="cw-section">
            <AuditTrail entries={c.auditTrail} />
          </section>
          {dialog === 'close' && (
            <LifecycleModal
              kind="CLOSURE"
              caseId={c.id}
              version={c.version}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'reopen' && (
            <LifecycleModal
              kind="REOPENING"
              caseId={c.id}
              version={c.version}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'add' && <AddDeliveryModal caseId={c.id} onClose={() => setDialog(null)} />}
          {dialog === 'member' && <AddMemberModal caseId={c.id} onClose={() => setDialog(null)} />}
          {ending && c.members.some((m) => m.id === ending) && (
            <EndMemberModal
              member={c.members.find((m) => m.id === ending)!}
              onClose={() => setEnding(null)}
            />
          )}
        </>
      )}
    </div>
  );
}

/** Closing (reason, date, outcome) or reopening (reason, comment) a case (R4.7). */
function LifecycleModal({
  kind,
  caseId,
  version,
  onClose,
}: {
  kind: CaseReasonKind;
  caseId: string;
  version: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const closing = kind === 'CLOSURE';
  const reasons = useQuery(Reasons, { variables: { kind } });
  const [reasonId, setReasonId] = useState('');
  const [closedOn, setClosedOn] = useState(today());
  const [text, setText] = useState('');
  const [close, closed] = useMutation(CloseCase, refetch);
  const [reopen, reopened] = useMutation(ReopenCase, refetch);
  const error = closed.error ?? reopened.error;
  const submit = () =>
    void (
      closing
        ? close({
            variables: { id: caseId, input: { version, reasonId, closedOn, outcome: text } },
          })
        : reopen({ variables: { id: caseId, input: { version, reasonId, comment: text || null } } })
    ).then(onClose, () => undefined);
  return (
    <Modal
      open
      danger={closing}
      modalHeading={t(closing ? 'casePage.closeTitle' : 'casePage.reopenTitle')}
      primaryButtonText={t(closing ? 'casePage.close' : 'casePage.reopen')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={
        closed.loading || reopened.loading || !reasonId || (closing && !text.trim())
      }
      onRequestClose={onClose}
      onRequestSubmit={submit}
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <Select
          id="lifecycle-reason"
          labelText={t('casePage.reason')}
          value={reasonId}
          onChange={(e) => setReasonId(e.target.value)}
          data-modal-primary-focus
        >
          <SelectItem value="" text={t('casePage.chooseReason')} />
          {(reasons.data?.caseReasons ?? []).map((r) => (
            <SelectItem key={r.id} value={r.id} text={r.name} />
          ))}
        </Select>
        {closing && (
          <TextInput
            id="lifecycle-date"
            labelText={t('casePage.closedOn')}
            helperText={t('dates.format')}
            value={closedOn}
            onChange={(e) => setClosedOn(e.target.value)}
          />
        )}
        <TextArea
          id="lifecycle-text"
          labelText={t(closing ? 'casePage.outcome' : 'casePage.comment')}
          value={text}
          rows={3}
          onChange={(e) => setText(e.target.value)}
        />
      </Stack>
    </Modal>
  );
}

/** Adds a product delivery, a service delivery (with provider) or a referral (R4.3, R4.4). */
function AddDeliveryModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'product' | 'service' | 'referral'>('service');
  const [name, setName] = useState('');
  const [providerId, setProviderId] = useState('');
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState('');
  const providers = useQuery(ProviderChoices, { skip: kind === 'product' });
  const [addService, s] = useMutation(AddService, refetch);
  const [addReferral, r] = useMutation(AddReferral, refetch);
  const [addProduct, p] = useMutation(AddProduct, refetch);
  const error = s.error ?? r.error ?? p.error;
  const submit = () => {
    const run =
      kind === 'product'
        ? addProduct({
            variables: { caseId, input: { product: name, periodFrom: from, periodTo: to || null } },
          })
        : kind === 'service'
          ? addService({
              variables: {
                caseId,
                input: {
                  service: name,
                  providerId: providerId || null,
                  periodFrom: from,
                  periodTo: to || null,
                },
              },
            })
          : addReferral({
              variables: {
                caseId,
                input: { service: name, providerId: providerId || null, referredOn: from },
              },
            });
    void run.then(onClose, () => undefined);
  };
  return (
    <Modal
      open
      modalHeading={t('casePage.add')}
      primaryButtonText={t('common.save')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={s.loading || r.loading || p.loading || !name.trim() || !from}
      onRequestClose={onClose}
      onRequestSubmit={submit}
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <Select
          id="add-kind"
          labelText={t('casePage.addKind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
          data-modal-primary-focus
        >
          <SelectItem value="service" text={t('casePage.serviceDelivery')} />
          <SelectItem value="referral" text={t('casePage.referral')} />
          <SelectItem value="product" text={t('casePage.productDelivery')} />
        </Select>
        <TextInput
          id="add-name"
          labelText={kind === 'product' ? t('casePage.product') : t('casePage.service')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        {kind !== 'product' && (
          <Select
            id="add-provider"
            labelText={t('casePage.provider')}
            value={providerId}
            onChange={(e) => setProviderId(e.target.value)}
          >
            <SelectItem value="" text={t('common.notSet')} />
            {(providers.data?.providers?.nodes ?? []).map((x) => (
              <SelectItem key={x.id} value={x.id} text={x.name} />
            ))}
          </Select>
        )}
        <TextInput
          id="add-from"
          labelText={kind === 'referral' ? t('casePage.referredOn') : t('casePage.from')}
          helperText={t('dates.format')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        {kind !== 'referral' && (
          <TextInput
            id="add-to"
            labelText={t('casePage.to')}
            helperText={t('dates.format')}
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        )}
      </Stack>
    </Modal>
  );
}
