import { FileUploader } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Select, SelectItem, Stack, TextInput } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type MeetingFieldsFragment } from '../gql/graphql.js';
import { type Assignee } from './minutes-draft.js';
import { type StepProps } from './minutes-steps.js';

const RequestMinutesUpload = graphql(`
  mutation RequestMinutesUpload($input: RequestUploadInput!) {
    requestUpload(input: $input) {
      uploadUrl
    }
  }
`);

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
  const [requestUpload] = useMutation(RequestMinutesUpload);
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
        requestUpload={async (file) => {
          const granted = await requestUpload({
            variables: {
              input: {
                purpose: 'MEETING_MINUTES',
                fileName: file.name,
                size: file.size,
                contentType: file.type || null,
              },
            },
          });
          const grant = granted.data?.requestUpload;
          if (!grant) throw new Error(t('attachments.grantRefused'));
          return { uploadUrl: grant.uploadUrl };
        }}
        onUploaded={(file, fileId) => {
          change({ files: [...draft.files, { id: fileId, fileName: file.name }] });
          return Promise.resolve();
        }}
      />
    </Stack>
  );
}

/** Cases discussed: this meeting's case, and other cases by their id. */
export function CasesStep({
  draft,
  change,
  meeting,
}: StepProps & { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  const own = draft.cases.some((c) => c.caseId === meeting.caseId);
  const others = draft.cases.filter((c) => c.caseId !== meeting.caseId);
  const ownCase = { caseType: meeting.caseType, caseId: meeting.caseId };
  return (
    <Stack gap={5}>
      <Checkbox
        id="minutes-own-case"
        labelText={t('minutes.thisCase')}
        checked={own}
        onChange={(_e, { checked }) => change({ cases: checked ? [ownCase, ...others] : others })}
      />
      {others.map((c, n) => (
        <div key={n} className="cw-row">
          <Select
            id={`other-case-type-${n}`}
            labelText={t('minutes.caseType')}
            value={c.caseType}
            onChange={(e) =>
              change({
                cases: draft.cases.map((x) =>
                  x === c ? { ...x, caseType: e.target.value as typeof c.caseType } : x,
                ),
              })
            }
          >
            <SelectItem value="APPLICATION_CASE" text={t('minutes.caseKind.APPLICATION_CASE')} />
            <SelectItem value="INTEGRATED_CASE" text={t('minutes.caseKind.INTEGRATED_CASE')} />
          </Select>
          <TextInput
            id={`other-case-id-${n}`}
            labelText={t('minutes.caseId')}
            value={c.caseId}
            maxLength={100}
            onChange={(e) =>
              change({
                cases: draft.cases.map((x) => (x === c ? { ...x, caseId: e.target.value } : x)),
              })
            }
          />
        </div>
      ))}
      <div>
        <Button
          kind="tertiary"
          size="sm"
          onClick={() =>
            change({ cases: [...draft.cases, { caseType: 'APPLICATION_CASE', caseId: '' }] })
          }
        >
          {t('minutes.addCase')}
        </Button>
      </div>
    </Stack>
  );
}
