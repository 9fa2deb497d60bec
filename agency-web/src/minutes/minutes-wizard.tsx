import { ErrorNotice, useAuth } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Button, ProgressIndicator, ProgressStep, Tile } from '@carbon/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MeetingFieldsFragment, type MinutesFieldsFragment } from '../gql/graphql.js';
import { FinaliseMinutes, MINUTES_QUERIES, SaveMinutesDraft } from './minutes-documents.js';
import { assigneesOf, draftOf, type MinutesDraft, STEPS, stepInput } from './minutes-draft.js';
import { CasesStep } from './minutes-cases-step.js';
import { ActionsStep, FilesStep } from './minutes-more-steps.js';
import { MinutesSummary } from './minutes-summary.js';
import { AttendanceStep, DetailsStep, TextStep } from './minutes-steps.js';

/**
 * The minutes wizard (R3.2): one step at a time, each saved as a draft when the caseworker moves
 * on, so they can leave and come back to the step they reached; the last step finalises.
 */
export function MinutesWizard({
  meeting,
  minutes,
}: {
  meeting: MeetingFieldsFragment;
  minutes: MinutesFieldsFragment;
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const me = useMemo(() => (user ? { id: user.id, name: user.name } : null), [user]);
  const people = (uninvited: { name: string }[]) => assigneesOf(meeting, me, uninvited);
  const [draft, setDraft] = useState<MinutesDraft>(() => draftOf(minutes, meeting, people));
  const [step, setStep] = useState(() => Math.min(minutes.lastStep, STEPS.length - 1));
  const [save, saved] = useMutation(SaveMinutesDraft);
  const [finalise, finalised] = useMutation(FinaliseMinutes, {
    refetchQueries: MINUTES_QUERIES,
    awaitRefetchQueries: true,
  });
  const assignees = useMemo(() => assigneesOf(meeting, me, draft.uninvited), [meeting, me, draft]);
  const change = (patch: Partial<MinutesDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const name = STEPS[step]!;
  const go = (next: number) =>
    void save({
      variables: {
        id: minutes.id,
        input: { version: minutes.version, step: next, ...stepInput(name, draft, assignees) },
      },
    }).then(
      () => {
        setStep(next);
        document.getElementById('minutes-step-heading')?.focus();
      },
      () => undefined,
    );
  const error = saved.error ?? finalised.error;

  return (
    <>
      <ProgressIndicator currentIndex={step} spaceEqually className="cw-section">
        {STEPS.map((s, i) => (
          <ProgressStep
            key={s}
            label={t(`minutes.step.${s}`)}
            complete={i < step}
            current={i === step}
          />
        ))}
      </ProgressIndicator>
      <Tile className="cw-section">
        <h2 className="cds--type-heading-03" id="minutes-step-heading" tabIndex={-1}>
          {t(`minutes.step.${name}`)}
        </h2>
        {name === 'details' && <DetailsStep draft={draft} change={change} />}
        {name === 'notes' && <TextStep draft={draft} change={change} part="notes" />}
        {name === 'decisions' && <TextStep draft={draft} change={change} part="decisions" />}
        {name === 'attendance' && (
          <AttendanceStep draft={draft} change={change} meeting={meeting} />
        )}
        {name === 'actions' && <ActionsStep draft={draft} change={change} people={assignees} />}
        {name === 'files' && <FilesStep draft={draft} change={change} />}
        {name === 'cases' && <CasesStep draft={draft} change={change} meeting={meeting} />}
        {name === 'review' && <MinutesSummary minutes={minutes} />}
        {error && <ErrorNotice error={error} />}
        <div className="cw-row cw-section">
          {step > 0 && (
            <Button
              id="minutes-back"
              kind="secondary"
              disabled={saved.loading}
              onClick={() => go(step - 1)}
            >
              {t('minutes.back')}
            </Button>
          )}
          {name !== 'review' ? (
            <Button id="minutes-next" disabled={saved.loading} onClick={() => go(step + 1)}>
              {t('minutes.saveAndContinue')}
            </Button>
          ) : (
            <Button
              id="minutes-finalise"
              disabled={finalised.loading}
              onClick={() =>
                void finalise({
                  variables: { id: minutes.id, input: { version: minutes.version } },
                }).catch(() => undefined)
              }
            >
              {t('minutes.finalise')}
            </Button>
          )}
        </div>
        <p className="cw-muted cds--type-helper-text-01" role="status">
          {saved.data && !saved.loading ? t('minutes.draftSaved') : ''}
        </p>
      </Tile>
    </>
  );
}
