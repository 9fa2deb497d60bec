import { ErrorNotice } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { Checkbox, InlineLoading, Stack } from '@carbon/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type CaseKind, type MeetingFieldsFragment } from '../gql/graphql.js';
import { type StepProps } from './minutes-steps.js';

const MinutesCaseChoices = graphql(`
  query MinutesCaseChoices($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      invitees {
        id
        kind
        personId
      }
    }
  }
`);

const PersonCaseChoices = graphql(`
  query PersonCaseChoices($id: ID!) {
    person(id: $id) {
      id
      name
      applications {
        id
        reference
        status
      }
      integratedCases {
        id
        reference
        status
      }
    }
  }
`);

interface Choice {
  caseType: CaseKind;
  caseId: string;
}

/**
 * Cases discussed (R3.2): this meeting's case, and the application and integrated cases of the
 * meeting's clients, picked from a list (never typed ids). A case saved earlier that is not in
 * the list stays shown, so it can be removed.
 */
export function CasesStep({
  draft,
  change,
  meeting,
}: StepProps & { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  const choices = useQuery(MinutesCaseChoices, { variables: { meetingId: meeting.id } });
  const clients = [
    ...new Set(
      (choices.data?.meeting?.invitees ?? [])
        .filter((i) => i.kind === 'CLIENT' && i.personId)
        .map((i) => i.personId!),
    ),
  ];
  const chosen = (c: Choice) => draft.cases.some((x) => x.caseId === c.caseId);
  const toggle = (c: Choice, on: boolean) =>
    change({
      cases: on
        ? [...draft.cases.filter((x) => x.caseId !== c.caseId), c]
        : draft.cases.filter((x) => x.caseId !== c.caseId),
    });
  const ownCase: Choice = { caseType: meeting.caseType, caseId: meeting.caseId };
  // The ids each client's list shows, so a saved case not among them stays visible.
  const [listedBy, setListedBy] = useState<Record<string, string[]>>({});
  const onListed = useCallback(
    (personId: string, ids: string[]) => setListedBy((l) => ({ ...l, [personId]: ids })),
    [],
  );
  const listed = new Set(Object.values(listedBy).flat());
  return (
    <Stack gap={5}>
      <Checkbox
        id="minutes-own-case"
        labelText={t('minutes.thisCase')}
        checked={chosen(ownCase)}
        onChange={(_e, { checked }) => toggle(ownCase, checked)}
      />
      {choices.loading && <InlineLoading description={t('minutes.loadingCases')} />}
      {choices.error && <ErrorNotice error={choices.error} />}
      {clients.map((personId) => (
        <PersonCases
          key={personId}
          personId={personId}
          skip={meeting.caseId}
          chosen={chosen}
          toggle={toggle}
          onListed={onListed}
        />
      ))}
      {draft.cases
        .filter((c) => c.caseId !== meeting.caseId && !listed.has(c.caseId))
        .map((c) => (
          <Checkbox
            key={c.caseId}
            id={`minutes-case-${c.caseId}`}
            labelText={`${t(`minutes.caseKind.${c.caseType}`)} ${c.caseId}`}
            checked
            onChange={() => toggle(c, false)}
          />
        ))}
    </Stack>
  );
}

/** One client's cases as checkboxes; marks the draft's entries it lists. */
function PersonCases({
  personId,
  skip,
  chosen,
  toggle,
  onListed,
}: {
  personId: string;
  skip: string;
  chosen: (c: Choice) => boolean;
  toggle: (c: Choice, on: boolean) => void;
  onListed: (personId: string, ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const cases = useQuery(PersonCaseChoices, { variables: { id: personId } });
  const person = cases.data?.person;
  const listed: (Choice & { label: string })[] = [
    ...(person?.applications ?? []).map((a) => ({
      caseType: 'APPLICATION_CASE' as const,
      caseId: a.id,
      label: `${t('minutes.caseKind.APPLICATION_CASE')} ${a.reference}`,
    })),
    ...(person?.integratedCases ?? []).map((c) => ({
      caseType: 'INTEGRATED_CASE' as const,
      caseId: c.id,
      label: `${t('minutes.caseKind.INTEGRATED_CASE')} ${c.reference}`,
    })),
  ].filter((c) => c.caseId !== skip);
  const ids = listed.map((c) => c.caseId).join(',');
  useEffect(() => onListed(personId, ids ? ids.split(',') : []), [onListed, personId, ids]);
  if (cases.error) return <ErrorNotice error={cases.error} />;
  if (!person) return null;
  return (
    <fieldset className="cw-stack">
      <legend className="cds--label">{t('minutes.casesOf', { name: person.name })}</legend>
      {listed.length === 0 && <p>{t('minutes.noOtherCases')}</p>}
      {listed.map((c) => (
        <Checkbox
          key={c.caseId}
          id={`minutes-case-${c.caseId}`}
          labelText={c.label}
          checked={chosen(c)}
          onChange={(_e, { checked }) =>
            toggle({ caseType: c.caseType, caseId: c.caseId }, checked)
          }
        />
      ))}
    </fieldset>
  );
}
