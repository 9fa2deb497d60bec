import { type Column, DataTable, useFormat } from '@casework/web-kit';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

/** What every audit trail in the app asks for (R6.3). */
graphql(`
  fragment AuditEntryFields on AuditEntry {
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
`);

export interface AuditItem {
  id: string;
  at: string;
  actor: string;
  entityType: string;
  action: string;
  changes: { field: string; oldValue?: string | null; newValue?: string | null }[];
}

/** Several trails as one, newest first (a person's own changes and those of its exceptions). */
export function mergeTrails(...trails: AuditItem[][]): AuditItem[] {
  return trails.flat().sort((a, b) => b.at.localeCompare(a.at));
}

/** Who changed what and when, with old and new values (R6.3). */
export function AuditTrail({ entries }: { entries: AuditItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (entries.length === 0) return null;
  const columns: Column<AuditItem>[] = [
    { key: 'when', header: t('audit.when'), cell: (e) => format.dateTime(e.at) },
    { key: 'who', header: t('audit.who'), cell: (e) => e.actor },
    { key: 'what', header: t('audit.what'), cell: (e) => `${e.entityType} · ${e.action}` },
    {
      key: 'changes',
      header: t('audit.changes'),
      cell: (e) => (
        <ul>
          {e.changes.map((c) => (
            <li key={c.field}>
              {c.field}: {c.oldValue ?? '—'} → {c.newValue ?? '—'}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={entries}
      label={t('audit.title')}
      title={t('audit.title')}
      description={t('audit.description')}
      size="sm"
      rowTestId="audit-entry"
    />
  );
}
