import { FileUploaderDropContainer, FileUploaderItem, ProgressBar } from '@carbon/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, refusalText as wordRefusal } from '../ui/describe-error.js';
import { UploadError, uploadFile } from './upload-file.js';

export interface UploadTarget {
  uploadUrl: string;
}

interface Item {
  key: string;
  file: File;
  share: number;
  status: 'uploading' | 'complete' | 'failed';
  error?: string;
  controller: AbortController;
}

export interface FileUploaderProps {
  /** Asks the API for an upload grant (`requestUpload`); a refusal is shown at the file. */
  requestUpload: (file: File) => Promise<UploadTarget>;
  /** Called with the uploaded file's id, to attach it; a refusal is shown at the file. */
  onUploaded: (file: File, fileId: string) => Promise<void>;
  /** Extensions offered in the picker, such as ['.pdf', '.docx']. */
  accept?: string[];
  maxBytes?: number | null;
  /** Whether several files can be chosen at once (default true). */
  multiple?: boolean;
  /** Told when uploads start and when the last one ends (so a form can wait for its files). */
  onUploadingChange?: (uploading: boolean) => void;
}

/** Lets the browser turn Enter and Space on the drop area's button into a click. */
function keepNativeActivation(): void {}

/**
 * Carbon's FileUploader parts with drag and drop (or the keyboard: Tab to the drop area, Enter or
 * Space opens the picker), one progress bar per file, cancel, and the server's refusals in words.
 */
export function FileUploader({
  requestUpload,
  onUploaded,
  accept,
  maxBytes,
  multiple = true,
  onUploadingChange,
}: FileUploaderProps) {
  const { t } = useTranslation();
  const [items, setItems] = useState<Item[]>([]);
  const counter = useRef(0);
  const uploading = items.some((i) => i.status === 'uploading');
  useEffect(() => onUploadingChange?.(uploading), [uploading, onUploadingChange]);

  const update = (key: string, change: Partial<Item>) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...change } : i)));

  const start = async (file: File) => {
    const key = `upload-${counter.current++}`;
    const controller = new AbortController();
    setItems((all) => [...all, { key, file, share: 0, status: 'uploading', controller }]);
    try {
      const target = await requestUpload(file);
      const { id } = await uploadFile(
        target.uploadUrl,
        file,
        (share) => update(key, { share }),
        controller.signal,
      );
      await onUploaded(file, id);
      update(key, { status: 'complete', share: 1 });
    } catch (error) {
      update(key, { status: 'failed', error: refusalText(error, t) });
    }
  };

  return (
    <div className="cw-uploader">
      <p className="cds--label-description">
        {maxBytes
          ? t('files.hintLimit', { types: accept?.join(', ') ?? '', limit: formatBytes(maxBytes) })
          : t('files.hint', { types: accept?.join(', ') ?? '' })}
      </p>
      <FileUploaderDropContainer
        labelText={t('files.drop')}
        accept={accept}
        multiple={multiple}
        // Carbon opens the picker from keydown, which Chromium does not count as a user gesture
        // for a file chooser (no dialog opens). Replacing that handler leaves Enter and Space to
        // the native button, whose click opens the picker (Carbon's own click handler).
        onKeyDown={keepNativeActivation}
        onAddFiles={(_event, { addedFiles }) => {
          for (const file of addedFiles) void start(file);
        }}
      />
      <ul className="cw-uploader__list" aria-label={t('files.uploads')}>
        {items.map((item) => (
          <li key={item.key} className="cw-uploader__item">
            <FileUploaderItem
              name={item.file.name}
              status={
                item.status === 'uploading'
                  ? 'edit'
                  : item.status === 'complete'
                    ? 'complete'
                    : 'edit'
              }
              iconDescription={item.status === 'uploading' ? t('files.cancel') : t('files.dismiss')}
              invalid={item.status === 'failed'}
              errorSubject={item.status === 'failed' ? t('files.failed') : undefined}
              errorBody={item.error}
              onDelete={() => {
                if (item.status === 'uploading') item.controller.abort();
                setItems((all) => all.filter((i) => i.key !== item.key));
              }}
            />
            {item.status === 'uploading' && (
              <ProgressBar
                label={t('files.progress', { name: item.file.name })}
                value={Math.round(item.share * 100)}
                max={100}
                size="small"
                helperText={`${Math.round(item.share * 100)} %`}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function refusalText(error: unknown, t: ReturnType<typeof useTranslation>['t']): string {
  if (error instanceof UploadError) {
    if (error.code === 'PAYLOAD_TOO_LARGE')
      return t('files.tooLarge', { limit: error.limit ? formatBytes(error.limit) : '' });
    const field = error.fields[0];
    if (field?.code) return wordRefusal(t, field.code, field.params, error.message);
    if (error.code === 'BAD_USER_INPUT') return t('files.wrongType', { detail: error.message });
    if (error.code === 'CANCELLED') return t('files.cancelled');
    return t(`error.code.${error.code}`, { defaultValue: t('error.network') });
  }
  const described = describeError(error, t);
  return described.fields.map((f) => f.message).join('; ') || described.message;
}

/** 1234567 -> "1.2 MB" (decimal units, as operating systems show file sizes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
