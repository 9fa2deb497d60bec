import { FileUploader } from '@casework/web-kit';
import { Button, Select, SelectItem, Stack, TextInput } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { useUploadGrant } from '../files/use-upload-grant.js';
import { type Assignee } from './minutes-draft.js';
import { type StepProps } from './minutes-steps.js';

const ACCEPT = ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.txt', '.jpg', '.jpeg', '.png'];

/** Actions: what, who (an invitee, you, or an uninvited attendee) and by when. */
export function ActionsStep({ draft, change, people }: StepProps & { people: Assignee[] }) {
  const { t } = useTranslation();
  const set = (n: number, patch: Partial<StepProps['draft']['actions'][number]>) =>
    change({ actions: draft.actions.map((a, k) => (k === n ? { ...a, ...patch } : a)) });
  return (
    <Stack gap={6}>
      {draft.actions.map((action, n) => (
        <fieldset key={n} className="cw-stack">
          <legend className="cds--label">{t('minutes.actionN', { n: n + 1 })}</legend>
          <TextInput
            id={`action-what-${n}`}
            labelText={t('minutes.what')}
            value={action.what}
            maxLength={2000}
            onChange={(e) => set(n, { what: e.target.value })}
          />
          <div className="cw-row">
            <Select
              id={`action-who-${n}`}
              labelText={t('minutes.who')}
              value={action.assignee}
              onChange={(e) => set(n, { assignee: e.target.value })}
            >
              <SelectItem value="" text={t('minutes.choose')} />
              {people.map((p) => (
                <SelectItem key={p.key} value={p.key} text={p.name} />
              ))}
            </Select>
            <TextInput
              id={`action-due-${n}`}
              type="date"
              labelText={t('minutes.due')}
              value={action.dueOn}
              onChange={(e) => set(n, { dueOn: e.target.value })}
            />
          </div>
          <div>
            <Button
              kind="ghost"
              size="sm"
              onClick={() => change({ actions: draft.actions.filter((_, k) => k !== n) })}
            >
              {t('minutes.remove')}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button
          id="minutes-add-action"
          kind="tertiary"
          size="sm"
          onClick={() =>
            change({ actions: [...draft.actions, { id: null, what: '', assignee: '', dueOn: '' }] })
          }
        >
          {t('minutes.addAction')}
        </Button>
      </div>
    </Stack>
  );
}

/** Files of the minutes, uploaded through the files capability (purpose MEETING_MINUTES). */
export function FilesStep({ draft, change }: StepProps) {
  const { t } = useTranslation();
  const requestUpload = useUploadGrant('MEETING_MINUTES', t('attachments.grantRefused'));
  return (
    <Stack gap={5}>
      {draft.files.length === 0 ? (
        <p>{t('minutes.noFiles')}</p>
      ) : (
        <ul aria-label={t('minutes.files')}>
          {draft.files.map((f) => (
            <li key={f.id} className="cw-row">
              <span>{f.fileName}</span>
              <Button
                kind="ghost"
                size="sm"
                onClick={() => change({ files: draft.files.filter((x) => x.id !== f.id) })}
              >
                {t('minutes.removeFile', { name: f.fileName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FileUploader
        accept={ACCEPT}
        requestUpload={requestUpload}
        onUploaded={(file, fileId) => {
          change({ files: [...draft.files, { id: fileId, fileName: file.name }] });
          return Promise.resolve();
        }}
      />
    </Stack>
  );
}
