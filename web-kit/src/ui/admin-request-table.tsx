import { Search, Select, SelectItem } from '@carbon/react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../i18n/use-format.js';
import {
  ADMIN_REQUEST_STATUSES,
  type AdminRequestStatusName,
  AdminRequestStatusTag,
} from './admin-request-thread.js';
import { type Column, DataTable } from './data-table.js';

/** A category's name in the user's language. */
export function requestCategoryName(
  category: { nameEn: string; nameDe: string; nameIt: string },
  language: string,
): string {
  if (language.startsWith('de')) return category.nameDe;
  if (language.startsWith('it')) return category.nameIt;
  return category.nameEn;
}

export interface AdminRequestRow {
  id: string;
  reference: string;
  subject: string;
  status: AdminRequestStatusName;
  accountName: string;
  lastActivityAt: string;
  createdAt?: string;
  assigneeName?: string | null;
  provider?: { name: string };
  category: { nameEn: string; nameDe: string; nameIt: string };
}

/**
 * The administrative requests list of both apps (R5): the portal's support dashboard shows
 * account and creation, the agency's desk the provider and the assignee.
 */
export function AdminRequestTable({
  rows,
  side,
  label,
  title,
  rowTestId,
  footer,
}: {
  rows: readonly AdminRequestRow[];
  side: 'PROVIDER' | 'AGENCY';
  label: string;
  title: string;
  rowTestId: string;
  footer?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const desk = side === 'AGENCY';
  const columns: (Column<AdminRequestRow> | false)[] = [
    {
      key: 'reference',
      header: t('adminRequest.column.reference'),
      cell: (r) => <Link to={`/support/requests/${r.id}`}>{r.reference}</Link>,
    },
    { key: 'subject', header: t('adminRequest.column.subject'), cell: (r) => r.subject },
    desk && {
      key: 'provider',
      header: t('adminRequest.column.provider'),
      cell: (r) => `${r.provider?.name ?? ''} · ${r.accountName}`,
    },
    {
      key: 'status',
      header: t('adminRequest.column.status'),
      cell: (r) => <AdminRequestStatusTag status={r.status} />,
    },
    {
      key: 'category',
      header: t('adminRequest.column.category'),
      cell: (r) => requestCategoryName(r.category, i18n.language),
    },
    !desk && {
      key: 'account',
      header: t('adminRequest.column.account'),
      cell: (r) => r.accountName,
    },
    desk && {
      key: 'assignee',
      header: t('adminRequest.column.assignee'),
      cell: (r) => r.assigneeName ?? t('adminRequest.unassigned'),
    },
    !desk && {
      key: 'created',
      header: t('adminRequest.column.created'),
      cell: (r) => (r.createdAt ? format.dateTime(r.createdAt) : ''),
    },
    {
      key: 'lastActivity',
      header: t('adminRequest.column.lastActivity'),
      cell: (r) => format.dateTime(r.lastActivityAt),
    },
  ];
  return (
    <DataTable
      columns={columns.filter((c): c is Column<AdminRequestRow> => c !== false)}
      rows={rows}
      label={label}
      title={title}
      rowTestId={rowTestId}
      footer={footer}
    />
  );
}

/** Search and status filter above a requests list. */
export function AdminRequestFilters({
  idPrefix,
  search,
  status,
  onSearch,
  onStatus,
}: {
  idPrefix: string;
  search: string;
  status: AdminRequestStatusName | '';
  onSearch: (search: string) => void;
  onStatus: (status: AdminRequestStatusName | '') => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="cw-row">
      <Search
        id={`${idPrefix}-search`}
        labelText={t('adminRequest.search')}
        placeholder={t('adminRequest.search')}
        value={search}
        onChange={(e) => onSearch(e.target.value)}
      />
      <Select
        id={`${idPrefix}-status`}
        labelText={t('adminRequest.column.status')}
        value={status}
        onChange={(e) => onStatus(e.target.value as AdminRequestStatusName | '')}
      >
        <SelectItem value="" text={t('adminRequest.allStatuses')} />
        {ADMIN_REQUEST_STATUSES.map((s) => (
          <SelectItem key={s} value={s} text={t(`adminRequest.status.${s}`)} />
        ))}
      </Select>
    </div>
  );
}
