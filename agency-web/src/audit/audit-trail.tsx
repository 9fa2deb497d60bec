import { useFormat } from '@casework/web-kit';
import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@carbon/react';
import { useTranslation } from 'react-i18next';

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
  return (
    <TableContainer title={t('audit.title')} description={t('audit.description')}>
      <Table aria-label={t('audit.title')} size="sm">
        <TableHead>
          <TableRow>
            <TableHeader>{t('audit.when')}</TableHeader>
            <TableHeader>{t('audit.who')}</TableHeader>
            <TableHeader>{t('audit.what')}</TableHeader>
            <TableHeader>{t('audit.changes')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((e) => (
            <TableRow key={e.id} data-testid="audit-entry">
              <TableCell>{format.dateTime(e.at)}</TableCell>
              <TableCell>{e.actor}</TableCell>
              <TableCell>
                {e.entityType} · {e.action}
              </TableCell>
              <TableCell>
                <ul>
                  {e.changes.map((c) => (
                    <li key={c.field}>
                      {c.field}: {c.oldValue ?? '—'} → {c.newValue ?? '—'}
                    </li>
                  ))}
                </ul>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
