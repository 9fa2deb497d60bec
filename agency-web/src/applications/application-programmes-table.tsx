import { type Column, DataTable, useFormat } from '@casework/web-kit';
import { Button, Tag } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ApplicationQuery } from '../gql/graphql.js';

type ProgrammeLine = NonNullable<ApplicationQuery['application']>['programmes'][number];

const DECISION_TAG = { APPROVED: 'green', DENIED: 'red', PENDING: 'gray' } as const;

/** The programmes applied for with their decisions; `onDecide` offers approve and deny. */
export function ApplicationProgrammesTable({
  programmes,
  onDecide,
}: {
  programmes: ProgrammeLine[];
  /** Absent unless the caller decides programmes (supervisors). */
  onDecide?: (line: ProgrammeLine, approve: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<ProgrammeLine>[] = [
    {
      key: 'programme',
      header: t('application.programme'),
      cell: (line) => (
        <>
          {line.programme.name}
          {line.programme.meetingRequired && (
            <Tag type="purple" size="sm">
              {t('config.meetingRequired')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'decision',
      header: t('application.decision'),
      cell: (line) => (
        <Tag type={DECISION_TAG[line.decision]}>
          {t(`enums.ProgrammeDecision.${line.decision}`)}
        </Tag>
      ),
    },
    {
      key: 'reason',
      header: t('application.reason'),
      cell: (line) =>
        `${line.reason ?? '—'}${
          line.decidedBy && line.decidedAt
            ? ` (${line.decidedBy}, ${format.dateTime(line.decidedAt)})`
            : ''
        }`,
    },
    {
      key: 'result',
      header: t('application.result'),
      cell: (line) =>
        line.integratedCase ? (
          <Link to={`/cases/${line.integratedCase.id}`}>
            {line.integratedCase.reference}
            {line.productDelivery ? ` · ${line.productDelivery.reference}` : ''}
          </Link>
        ) : (
          '—'
        ),
    },
    {
      key: 'actions',
      header: t('exceptions.actions'),
      hiddenHeader: true,
      cell: (line) =>
        onDecide &&
        line.decision === 'PENDING' && (
          <>
            <Button size="sm" kind="primary" onClick={() => onDecide(line, true)}>
              {t('application.approve')}
            </Button>{' '}
            <Button size="sm" kind="danger--tertiary" onClick={() => onDecide(line, false)}>
              {t('application.deny')}
            </Button>
          </>
        ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={programmes}
      label={t('application.programmes')}
      title={t('application.programmes')}
      rowTestId="application-programme"
    />
  );
}
