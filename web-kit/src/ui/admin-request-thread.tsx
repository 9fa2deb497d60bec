import {
  Link,
  StructuredListBody,
  StructuredListCell,
  StructuredListRow,
  StructuredListWrapper,
  Tag,
  Tile,
} from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../files/file-uploader.js';
import { useFormat } from '../i18n/use-format.js';

export type AdminRequestStatusName =
  'NEW' | 'IN_PROGRESS' | 'WAITING_FOR_PROVIDER' | 'RESOLVED' | 'CLOSED';

/** Tag colours of the administrative request states, the same in both apps. */
const STATUS_TAG: Record<AdminRequestStatusName, 'blue' | 'cyan' | 'magenta' | 'green' | 'gray'> = {
  NEW: 'blue',
  IN_PROGRESS: 'cyan',
  WAITING_FOR_PROVIDER: 'magenta',
  RESOLVED: 'green',
  CLOSED: 'gray',
};

export const ADMIN_REQUEST_STATUSES = Object.keys(STATUS_TAG) as AdminRequestStatusName[];

export function AdminRequestStatusTag({ status }: { status: AdminRequestStatusName }) {
  const { t } = useTranslation();
  return <Tag type={STATUS_TAG[status]}>{t(`adminRequest.status.${status}`)}</Tag>;
}

export interface AdminRequestThreadMessage {
  id: string;
  side: 'AGENCY' | 'PROVIDER';
  author: string;
  text: string;
  createdAt: string;
  files: AdminRequestThreadFile[];
}

/** A file of a message (R5.7); the links are null for readers who may not open it. */
export interface AdminRequestThreadFile {
  fileId: string;
  fileName: string;
  contentType?: string;
  size?: number;
  downloadUrl?: string | null;
}

/** A request's conversation, oldest first: the request itself and the replies of both sides. */
export function AdminRequestConversation({ messages }: { messages: AdminRequestThreadMessage[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="cw-section" aria-labelledby="conversation-heading">
      <h2 id="conversation-heading" className="cds--type-heading-03">
        {t('adminRequest.conversation')}
      </h2>
      <ol className="cw-stack">
        {messages.map((m) => (
          <li key={m.id} data-testid="request-message">
            <Tile>
              <p className="cw-muted cds--type-helper-text-01">
                {`${m.author} (${t(`adminRequest.side.${m.side}`)}) · ${format.dateTime(m.createdAt)}`}
              </p>
              <p className="cw-note__text">{m.text}</p>
              {m.files.length > 0 && (
                <ul aria-label={t('adminRequest.files')}>
                  {m.files.map((f) => (
                    <li key={f.fileId} data-testid="request-file">
                      {f.downloadUrl ? (
                        <Link href={f.downloadUrl} download={f.fileName}>
                          {t('adminRequest.downloadFile', { name: f.fileName })}
                        </Link>
                      ) : (
                        f.fileName
                      )}
                      {f.size !== undefined && (
                        <span className="cw-muted">{` · ${formatBytes(f.size)}`}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </Tile>
          </li>
        ))}
      </ol>
    </section>
  );
}

export interface AdminRequestHistoryItem {
  id: string;
  kind: 'CREATED' | 'STATUS_CHANGED' | 'ASSIGNED' | 'REPLIED' | 'INTERNAL_NOTE';
  toStatus?: AdminRequestStatusName | null;
  actor: string;
  detail?: string | null;
  createdAt: string;
}

/** The status history (and, for the desk, assignment and notes): who, when, what. */
export function AdminRequestHistoryList({ entries }: { entries: AdminRequestHistoryItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="cw-section" aria-labelledby="history-heading">
      <h2 id="history-heading" className="cds--type-heading-03">
        {t('adminRequest.history')}
      </h2>
      <StructuredListWrapper aria-label={t('adminRequest.history')} isCondensed>
        <StructuredListBody>
          {entries.map((e) => (
            <StructuredListRow key={e.id} data-testid="history-entry">
              <StructuredListCell noWrap>{format.dateTime(e.createdAt)}</StructuredListCell>
              <StructuredListCell>
                {e.toStatus
                  ? t(`adminRequest.historyKind.${e.kind}`, {
                      status: t(`adminRequest.status.${e.toStatus}`),
                    })
                  : t(`adminRequest.historyKind.${e.kind}`, { detail: e.detail ?? '' })}
              </StructuredListCell>
              <StructuredListCell>{e.actor}</StructuredListCell>
            </StructuredListRow>
          ))}
        </StructuredListBody>
      </StructuredListWrapper>
    </section>
  );
}
