import { useFormat } from '@casework/web-kit';
import {
  StructuredListBody,
  StructuredListCell,
  StructuredListRow,
  StructuredListWrapper,
} from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { type MinutesFieldsFragment } from '../gql/graphql.js';

/** Everything one version of the minutes records, read-only (review step and final minutes). */
export function MinutesSummary({ minutes }: { minutes: MinutesFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = '—';
  const rows: [string, string][] = [
    [t('minutes.heldOn'), minutes.heldOn ? format.date(minutes.heldOn) : none],
    [t('minutes.time'), [minutes.startTime, minutes.endTime].filter(Boolean).join(' – ') || none],
    [t('minutes.location'), minutes.location ?? none],
    [t('minutes.chair'), minutes.chair ?? none],
    [t('minutes.minuteTaker'), minutes.minuteTaker ?? none],
    [t('minutes.notes'), minutes.notes ?? none],
    [t('minutes.decisions'), minutes.decisions ?? none],
    [
      t('minutes.step.attendance'),
      [
        ...minutes.attendance.map(
          (a) => `${a.name}: ${t(`minutes.attendanceValue.${a.attendance}`)}`,
        ),
        ...minutes.uninvited.map((u) => `${u.name}: ${t('minutes.uninvitedShort')}`),
      ].join('; ') || none,
    ],
    [
      t('minutes.step.actions'),
      minutes.actions
        .map((a) => `${a.what} (${a.assigneeName}, ${format.date(a.dueOn)})`)
        .join('; ') || none,
    ],
    [t('minutes.step.files'), minutes.files.map((f) => f.fileName).join(', ') || none],
    [
      t('minutes.step.cases'),
      minutes.cases.map((c) => `${t(`minutes.caseKind.${c.caseType}`)} ${c.caseId}`).join(', ') ||
        none,
    ],
  ];
  return (
    <StructuredListWrapper aria-label={t('minutes.title')} isCondensed>
      <StructuredListBody>
        {rows.map(([label, value]) => (
          <StructuredListRow key={label}>
            <StructuredListCell head>{label}</StructuredListCell>
            <StructuredListCell className="cw-note__text">{value}</StructuredListCell>
          </StructuredListRow>
        ))}
      </StructuredListBody>
    </StructuredListWrapper>
  );
}
