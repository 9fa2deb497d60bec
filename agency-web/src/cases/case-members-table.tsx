import { type Column, DataTable, useFormat } from '@casework/web-kit';
import { Button } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type IntegratedCaseQuery } from '../gql/graphql.js';

export type CaseMember = NonNullable<IntegratedCaseQuery['integratedCase']>['members'][number];

/** The case's members with their roles and periods; `onEnd` offers setting an end date. */
export function CaseMembersTable({
  members,
  onEnd,
}: {
  members: CaseMember[];
  /** Absent when the caller may not change members (or the case is closed). */
  onEnd?: (member: CaseMember) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<CaseMember>[] = [
    {
      key: 'name',
      header: t('person.name'),
      cell: (m) => <Link to={`/persons/${m.person.id}`}>{m.person.name}</Link>,
    },
    { key: 'role', header: t('casePage.role'), cell: (m) => t(`enums.MemberRole.${m.role}`) },
    {
      key: 'period',
      header: t('casePage.period'),
      cell: (m) => `${format.date(m.startDate)} – ${m.endDate ? format.date(m.endDate) : ''}`,
    },
    {
      key: 'actions',
      header: t('exceptions.actions'),
      hiddenHeader: true,
      cell: (m) =>
        onEnd &&
        m.role !== 'PRIMARY_CLIENT' && (
          <Button kind="ghost" size="sm" onClick={() => onEnd(m)}>
            {t('casePage.setEnd', { name: m.person.name })}
          </Button>
        ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={members}
      label={t('casePage.members')}
      title={t('casePage.members')}
      className="cw-section"
      size="sm"
    />
  );
}
