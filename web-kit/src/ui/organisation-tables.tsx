import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Tag } from '@carbon/react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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
  if (branches.length === 0)
    return <p className="cw-muted">{t('providerOrganisation.noBranches')}</p>;
  return (
    <Table aria-label={t('providerOrganisation.branches')} size="sm">
      <TableHead>
        <TableRow>
          <TableHeader>{t('providerOrganisation.name')}</TableHeader>
          <TableHeader>{t('providerOrganisation.kind')}</TableHeader>
          <TableHeader>{t('providerOrganisation.contact')}</TableHeader>
          <TableHeader>{t('providerOrganisation.iban')}</TableHeader>
          <TableHeader>{t('providerOrganisation.status')}</TableHeader>
          {actions && <TableHeader>{t('providerOrganisation.actions')}</TableHeader>}
        </TableRow>
      </TableHead>
      <TableBody>
        {branches.map((b) => (
          <TableRow key={b.id} data-testid="branch-row">
            <TableCell>{b.name}</TableCell>
            <TableCell>{t(`providerOrganisation.kindValue.${b.kind}`)}</TableCell>
            <TableCell>{reach(b)}</TableCell>
            <TableCell>{b.iban ? groupIban(b.iban) : '—'}</TableCell>
            <TableCell>
              <Tag type={b.active ? 'green' : 'gray'}>
                {b.active ? t('providerOrganisation.active') : t('providerOrganisation.closed')}
              </Tag>
            </TableCell>
            {actions && <TableCell>{actions(b)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
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
  if (contacts.length === 0)
    return <p className="cw-muted">{t('providerOrganisation.noContacts')}</p>;
  return (
    <Table aria-label={t('providerOrganisation.contacts')} size="sm">
      <TableHead>
        <TableRow>
          <TableHeader>{t('providerOrganisation.name')}</TableHeader>
          <TableHeader>{t('providerOrganisation.position')}</TableHeader>
          <TableHeader>{t('providerOrganisation.contact')}</TableHeader>
          <TableHeader>{t('providerOrganisation.branch')}</TableHeader>
          {actions && <TableHeader>{t('providerOrganisation.actions')}</TableHeader>}
        </TableRow>
      </TableHead>
      <TableBody>
        {contacts.map((c) => (
          <TableRow key={c.id} data-testid="contact-row">
            <TableCell>
              {c.name} {c.primary && <Tag type="blue">{t('providerOrganisation.primary')}</Tag>}
            </TableCell>
            <TableCell>{c.position ?? '—'}</TableCell>
            <TableCell>{reach(c)}</TableCell>
            <TableCell>{c.branch?.name ?? '—'}</TableCell>
            {actions && <TableCell>{actions(c)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
