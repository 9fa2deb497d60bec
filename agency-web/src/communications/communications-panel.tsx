import { DataTable, ErrorNotice, type Column, useAuth, useFormat } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Button, Link, Select, SelectItem, Tag, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import {
  type CommunicationDirection,
  type CommunicationKind,
  type CommunicationsQuery,
} from '../gql/graphql.js';
import { type Correspondent, RecordCommunicationModal } from './record-communication-modal.js';
import { STATUS_TAG } from './communication-options.js';

export const CommunicationsDocument = graphql(`
  query Communications($filter: CommunicationFilter!) {
    communications(filter: $filter) {
      id
      kind
      direction
      correspondentType
      correspondentName
      occurredAt
      subject
      status
      channel
      createdBy
      lastError
      pdfUrl
    }
  }
`);

type Entry = NonNullable<CommunicationsQuery['communications']>[number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day's start or end in the browser's time zone, or nothing while not a date. */
function dayBound(value: string, end: boolean): string | null {
  if (!DATE.test(value)) return null;
  const at = new Date(`${value}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/**
 * The communication log of a person, an application's clients or a case (R3.5): calls, emails
 * and letters, filterable by kind, direction and period, with the letters' PDFs and scans.
 */
export function CommunicationsPanel({
  personIds,
  caseId,
  clients,
}: {
  personIds: string[];
  caseId?: string;
  /** Whom a new entry can be with (the person, or the case's clients). */
  clients: Correspondent[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useAuth();
  const [kind, setKind] = useState<CommunicationKind | ''>('');
  const [direction, setDirection] = useState<CommunicationDirection | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [recording, setRecording] = useState(false);
  const readable = can('communication:read');
  const { data, loading, error } = useQuery(CommunicationsDocument, {
    skip: !readable,
    variables: {
      filter: {
        personIds,
        caseId: caseId ?? null,
        kind: kind || null,
        direction: direction || null,
        from: dayBound(from, false),
        to: dayBound(to, true),
      },
    },
  });
  if (!readable) return null;
  const columns: Column<Entry>[] = [
    { key: 'at', header: t('communications.when'), cell: (c) => format.dateTime(c.occurredAt) },
    {
      key: 'kind',
      header: t('communications.kind'),
      cell: (c) =>
        `${t(`communications.kindValue.${c.kind}`)} · ${t(`communications.directionValue.${c.direction}`)}`,
    },
    {
      key: 'with',
      header: t('communications.correspondent'),
      cell: (c) =>
        `${c.correspondentName} (${t(`communications.correspondentValue.${c.correspondentType}`)})`,
    },
    { key: 'subject', header: t('communications.subject'), cell: (c) => c.subject },
    {
      key: 'status',
      header: t('communications.status'),
      cell: (c) => (
        <Tag type={STATUS_TAG[c.status]} title={c.lastError ?? undefined}>
          {t(`communications.statusValue.${c.status}`)}
        </Tag>
      ),
    },
    {
      key: 'pdf',
      header: t('communications.document'),
      cell: (c) =>
        c.pdfUrl ? (
          <Link href={c.pdfUrl} target="_blank" rel="noreferrer">
            {t('communications.openPdf', { subject: c.subject })}
          </Link>
        ) : (
          ''
        ),
    },
  ];
  return (
    <section className="cw-section" aria-labelledby="communications-heading">
      <div className="cw-page__header">
        <h2 id="communications-heading" className="cds--type-heading-04">
          {t('communications.title')}
        </h2>
        {can('communication:write') && (
          <Button kind="tertiary" size="sm" onClick={() => setRecording(true)}>
            {t('communications.record')}
          </Button>
        )}
      </div>
      <div className="cw-filters" role="group" aria-label={t('communications.filters')}>
        <Select
          id="communications-kind"
          labelText={t('communications.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as CommunicationKind | '')}
        >
          <SelectItem value="" text={t('communications.all')} />
          {(['PHONE_CALL', 'EMAIL', 'LETTER'] as const).map((k) => (
            <SelectItem key={k} value={k} text={t(`communications.kindValue.${k}`)} />
          ))}
        </Select>
        <Select
          id="communications-direction"
          labelText={t('communications.direction')}
          value={direction}
          onChange={(e) => setDirection(e.target.value as CommunicationDirection | '')}
        >
          <SelectItem value="" text={t('communications.all')} />
          {(['INCOMING', 'OUTGOING'] as const).map((d) => (
            <SelectItem key={d} value={d} text={t(`communications.directionValue.${d}`)} />
          ))}
        </Select>
        <TextInput
          id="communications-from"
          labelText={t('communications.from')}
          helperText={t('dates.format')}
          value={from}
          invalid={from !== '' && !dayBound(from, false)}
          invalidText={t('dates.format')}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextInput
          id="communications-to"
          labelText={t('communications.to')}
          helperText={t('dates.format')}
          value={to}
          invalid={to !== '' && !dayBound(to, true)}
          invalidText={t('dates.format')}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      {error && <ErrorNotice error={error} />}
      <DataTable
        columns={columns}
        rows={data?.communications ?? []}
        label={t('communications.title')}
        size="sm"
        loading={loading && !data}
        testId="communications-table"
        rowTestId="communication-row"
        empty={t('communications.none')}
      />
      {recording && (
        <RecordCommunicationModal
          clients={clients}
          caseId={caseId}
          onClose={() => setRecording(false)}
        />
      )}
    </section>
  );
}
