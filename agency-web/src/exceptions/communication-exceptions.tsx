import { type Column, DataTable, ErrorNotice, useFormat } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Button, Modal, Select, SelectItem, Stack, Tag, TextArea, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type CommunicationMethod } from '../gql/graphql.js';
import { METHODS } from '../persons/register-person-page.js';

/** A person's or provider's communication exception with its trail (R2.7, R6.3). */
graphql(`
  fragment CommunicationExceptionFields on CommunicationException {
    id
    method
    reason
    fromDate
    toDate
    comments
    status
    auditTrail {
      ...AuditEntryFields
    }
  }
`);

const AddException = graphql(`
  mutation AddCommunicationException($personId: ID!, $input: CommunicationExceptionInput!) {
    addCommunicationException(personId: $personId, input: $input) {
      id
    }
  }
`);

const AddProviderException = graphql(`
  mutation AddProviderCommunicationException(
    $providerId: ID!
    $input: CommunicationExceptionInput!
  ) {
    addProviderCommunicationException(providerId: $providerId, input: $input) {
      id
    }
  }
`);

const CancelException = graphql(`
  mutation CancelCommunicationException($id: ID!) {
    cancelCommunicationException(id: $id) {
      id
      status
    }
  }
`);

export interface ExceptionItem {
  id: string;
  method: CommunicationMethod;
  reason: string;
  fromDate: string;
  toDate?: string | null;
  comments?: string | null;
  status: string;
}

/** Whose exceptions: a person's or a provider's; one model, kept by the communications subgraph. */
export interface ExceptionParty {
  kind: 'person' | 'provider';
  id: string;
}

const refetchFor = (party: ExceptionParty) => ({
  refetchQueries: [party.kind === 'person' ? 'Person' : 'Provider'],
  awaitRefetchQueries: true,
});

/** Methods that must not be used to contact the person or provider (R2.7): list, add, cancel. */
export function CommunicationExceptions({
  party,
  exceptions,
  exceptedToday,
  canWrite,
}: {
  party: ExceptionParty;
  exceptions: ExceptionItem[];
  exceptedToday: CommunicationMethod[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const [cancel, cancelled] = useMutation(CancelException, refetchFor(party));
  const columns: Column<ExceptionItem>[] = [
    {
      key: 'method',
      header: t('exceptions.method'),
      cell: (e) => t(`contact.CommunicationMethod.${e.method}`),
    },
    {
      key: 'reason',
      header: t('exceptions.reason'),
      cell: (e) => `${e.reason}${e.comments ? ` – ${e.comments}` : ''}`,
    },
    {
      key: 'period',
      header: t('exceptions.period'),
      cell: (e) =>
        `${format.date(e.fromDate)} – ${e.toDate ? format.date(e.toDate) : t('exceptions.open')}`,
    },
    {
      key: 'status',
      header: t('exceptions.status'),
      cell: (e) => (
        <Tag type={e.status === 'ACTIVE' ? 'red' : 'gray'}>
          {t(`enums.CommunicationExceptionStatus.${e.status}`)}
        </Tag>
      ),
    },
    {
      key: 'actions',
      header: t('exceptions.actions'),
      hiddenHeader: true,
      cell: (e) =>
        canWrite &&
        e.status === 'ACTIVE' && (
          <Button
            kind="ghost"
            size="sm"
            onClick={() => void cancel({ variables: { id: e.id } }).catch(() => undefined)}
          >
            {t('exceptions.cancel')}
          </Button>
        ),
    },
  ];
  return (
    <section className="cw-section" aria-labelledby="exceptions-heading">
      <div className="cw-page__header">
        <h2 id="exceptions-heading" className="cds--type-heading-04">
          {t('exceptions.title')}
        </h2>
        {canWrite && <Button onClick={() => setAdding(true)}>{t('exceptions.add')}</Button>}
      </div>
      <p data-testid="excepted-today">
        {exceptedToday.length
          ? t('exceptions.exceptedToday', {
              methods: exceptedToday.map((m) => t(`contact.CommunicationMethod.${m}`)).join(', '),
            })
          : t('exceptions.noneToday')}
      </p>
      {cancelled.error && <ErrorNotice error={cancelled.error} />}
      {exceptions.length > 0 && (
        <DataTable
          columns={columns}
          rows={exceptions}
          label={t('exceptions.title')}
          title={t('exceptions.title')}
          size="sm"
        />
      )}
      {adding && <AddExceptionModal party={party} onClose={() => setAdding(false)} />}
    </section>
  );
}

function AddExceptionModal({ party, onClose }: { party: ExceptionParty; onClose: () => void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<CommunicationMethod>('EMAIL');
  const [reason, setReason] = useState('');
  const [fromDate, setFromDate] = useState(new Date().toISOString().slice(0, 10));
  const [toDate, setToDate] = useState('');
  const [comments, setComments] = useState('');
  const [addForPerson, forPerson] = useMutation(AddException, refetchFor(party));
  const [addForProvider, forProvider] = useMutation(AddProviderException, refetchFor(party));
  const { loading, error } = party.kind === 'person' ? forPerson : forProvider;
  const add = (input: {
    method: CommunicationMethod;
    reason: string;
    fromDate: string;
    toDate: string | null;
    comments: string | null;
  }) =>
    party.kind === 'person'
      ? addForPerson({ variables: { personId: party.id, input } })
      : addForProvider({ variables: { providerId: party.id, input } });
  return (
    <Modal
      open
      modalHeading={t('exceptions.add')}
      primaryButtonText={t('common.save')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={loading || !reason.trim() || !fromDate}
      onRequestClose={onClose}
      onRequestSubmit={() =>
        void add({
          method,
          reason,
          fromDate,
          toDate: toDate || null,
          comments: comments || null,
        }).then(onClose, () => undefined)
      }
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <Select
          id="exception-method"
          labelText={t('exceptions.method')}
          value={method}
          onChange={(e) => setMethod(e.target.value as CommunicationMethod)}
        >
          {METHODS.map((m) => (
            <SelectItem key={m} value={m} text={t(`contact.CommunicationMethod.${m}`)} />
          ))}
        </Select>
        <TextInput
          id="exception-reason"
          labelText={t('exceptions.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-modal-primary-focus
        />
        <TextInput
          id="exception-from"
          labelText={t('exceptions.from')}
          helperText={t('dates.format')}
          value={fromDate}
          onChange={(e) => setFromDate(e.target.value)}
        />
        <TextInput
          id="exception-to"
          labelText={t('exceptions.to')}
          helperText={t('exceptions.toHelp')}
          value={toDate}
          onChange={(e) => setToDate(e.target.value)}
        />
        <TextArea
          id="exception-comments"
          labelText={t('exceptions.comments')}
          value={comments}
          rows={2}
          onChange={(e) => setComments(e.target.value)}
        />
      </Stack>
    </Modal>
  );
}
