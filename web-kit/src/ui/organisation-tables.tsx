import { Tag } from '@carbon/react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from './data-table.js';

export interface BranchRow {
  id: string;
  name: string;
  kind: string;
  email?: string | null;
  phone?: string | null;
  iban?: string | null;
  active: boolean;
}

export interface ContactRow {
  id: string;
  name: string;
  position?: string | null;
  email?: string | null;
  phone?: string | null;
  primary: boolean;
  branch?: { name: string } | null;
}

const reach = (row: { email?: string | null; phone?: string | null }) =>
  [row.email, row.phone].filter(Boolean).join(' · ') || '—';

/** IBANs are read and typed in groups of four. */
const groupIban = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');

/** A provider's branches and subsidiaries; `actions` adds a column (the agency's edit buttons). */
export function BranchTable<T extends BranchRow>({
  branches,
  actions,
}: {
  branches: T[];
  actions?: (branch: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const columns: Column<T>[] = [
    { key: 'name', header: t('providerOrganisation.name'), cell: (b) => b.name },
    {
      key: 'kind',
      header: t('providerOrganisation.kind'),
      cell: (b) => t(`providerOrganisation.kindValue.${b.kind}`),
    },
    { key: 'contact', header: t('providerOrganisation.contact'), cell: reach },
    {
      key: 'iban',
      header: t('providerOrganisation.iban'),
      cell: (b) => (b.iban ? groupIban(b.iban) : '—'),
    },
    {
      key: 'status',
      header: t('providerOrganisation.status'),
      cell: (b) => (
        <Tag type={b.active ? 'green' : 'gray'}>
          {b.active ? t('providerOrganisation.active') : t('providerOrganisation.closed')}
        </Tag>
      ),
    },
    ...(actions
      ? [{ key: 'actions', header: t('providerOrganisation.actions'), cell: actions }]
      : []),
  ];
  return (
    <DataTable
      columns={columns}
      rows={branches}
      label={t('providerOrganisation.branches')}
      size="sm"
      rowTestId="branch-row"
      noRows={t('providerOrganisation.noBranches')}
    />
  );
}

/** A provider's contact persons, primary first (as the API orders them). */
export function ContactTable<T extends ContactRow>({
  contacts,
  actions,
}: {
  contacts: T[];
  actions?: (contact: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const columns: Column<T>[] = [
    {
      key: 'name',
      header: t('providerOrganisation.name'),
      cell: (c) => (
        <>
          {c.name} {c.primary && <Tag type="blue">{t('providerOrganisation.primary')}</Tag>}
        </>
      ),
    },
    { key: 'position', header: t('providerOrganisation.position'), cell: (c) => c.position ?? '—' },
    { key: 'contact', header: t('providerOrganisation.contact'), cell: reach },
    {
      key: 'branch',
      header: t('providerOrganisation.branch'),
      cell: (c) => c.branch?.name ?? '—',
    },
    ...(actions
      ? [{ key: 'actions', header: t('providerOrganisation.actions'), cell: actions }]
      : []),
  ];
  return (
    <DataTable
      columns={columns}
      rows={contacts}
      label={t('providerOrganisation.contacts')}
      size="sm"
      rowTestId="contact-row"
      noRows={t('providerOrganisation.noContacts')}
    />
  );
}
