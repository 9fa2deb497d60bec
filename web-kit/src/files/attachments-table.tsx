import {
  Button,
  DataTable,
  Modal,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.js';
import { formatBytes } from './file-uploader.js';

export interface AttachmentRow {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  /** SHA-256 of the content (hex), shown shortened so users can compare a copy. */
  sha256?: string;
  description?: string | null;
  sensitivity: string;
  uploadedBy: string;
  uploadedAt: string;
  downloadUrl?: string | null;
  previewUrl?: string | null;
}

export interface AttachmentsTableProps<T extends AttachmentRow> {
  title: string;
  attachments: T[];
  /** Extra actions per row (edit, remove), from the app. */
  actions?: (attachment: T) => React.ReactNode;
}

/** Attached files with preview (PDF, JPEG, PNG shown inline in a dialog) and download. */
export function AttachmentsTable<T extends AttachmentRow>({
  title,
  attachments,
  actions,
}: AttachmentsTableProps<T>) {
  const { t } = useTranslation();
  const format = useFormat();
  const [preview, setPreview] = useState<T | null>(null);
  const headers = [
    { key: 'fileName', header: t('files.name') },
    { key: 'description', header: t('files.description') },
    { key: 'size', header: t('files.size') },
    { key: 'sensitivity', header: t('files.sensitivity') },
    { key: 'uploaded', header: t('files.uploaded') },
    { key: 'actions', header: t('files.actions') },
  ];
  return (
    <>
      <DataTable rows={attachments.map((a) => ({ id: a.id }))} headers={headers}>
        {({ getTableProps, getHeaderProps }) => (
          <TableContainer title={title}>
            <Table {...getTableProps()} aria-label={title} size="md">
              <TableHead>
                <TableRow>
                  {headers.map((h) => {
                    const { key, ...props } = getHeaderProps({ header: h });
                    return (
                      <TableHeader key={String(key)} {...props}>
                        {h.header}
                      </TableHeader>
                    );
                  })}
                </TableRow>
              </TableHead>
              <TableBody>
                {attachments.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>
                      {a.fileName}
                      <span className="cw-muted cds--type-helper-text-01 cw-file-facts">
                        {a.contentType}
                        {a.sha256 && (
                          <>
                            {' · '}
                            <abbr title={a.sha256}>{`SHA-256 ${a.sha256.slice(0, 12)}…`}</abbr>
                          </>
                        )}
                      </span>
                    </TableCell>
                    <TableCell>{a.description ?? ''}</TableCell>
                    <TableCell>{formatBytes(a.size)}</TableCell>
                    <TableCell>
                      {t(`files.sensitivityValue.${a.sensitivity}`, {
                        defaultValue: a.sensitivity,
                      })}
                    </TableCell>
                    <TableCell>
                      {a.uploadedBy}, {format.dateTime(a.uploadedAt)}
                    </TableCell>
                    <TableCell>
                      <div className="cw-actions">
                        {a.previewUrl && (
                          <Button kind="ghost" size="sm" onClick={() => setPreview(a)}>
                            {t('files.preview')}
                            <span className="cds--visually-hidden"> {a.fileName}</span>
                          </Button>
                        )}
                        {a.downloadUrl && (
                          <Button kind="ghost" size="sm" href={a.downloadUrl}>
                            {t('files.download')}
                            <span className="cds--visually-hidden"> {a.fileName}</span>
                          </Button>
                        )}
                        {actions?.(a)}
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </DataTable>
      {preview?.previewUrl && (
        <Modal
          open
          passiveModal
          size="lg"
          modalHeading={preview.fileName}
          onRequestClose={() => setPreview(null)}
        >
          {preview.contentType === 'application/pdf' ? (
            <iframe className="cw-preview" title={preview.fileName} src={preview.previewUrl} />
          ) : (
            <img
              className="cw-preview"
              alt={preview.description ?? preview.fileName}
              src={preview.previewUrl}
            />
          )}
        </Modal>
      )}
    </>
  );
}
