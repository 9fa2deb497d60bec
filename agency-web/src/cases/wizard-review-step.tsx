import { useTranslation } from 'react-i18next';
import { type ClientMode, type NewClient } from './wizard-client-step.js';
import { type MemberDraft } from './wizard-members-step.js';
import { useCaseTypes } from './wizard-type-step.js';

/** Step 4: everything chosen, before the case is created. */
export function WizardReviewStep({
  caseTypeId,
  startDate,
  clientMode,
  clientName,
  newClient,
  members,
}: {
  caseTypeId: string;
  startDate: string;
  clientMode: ClientMode;
  clientName: string | undefined;
  newClient: NewClient;
  members: MemberDraft[];
}) {
  const { t } = useTranslation();
  const caseType = useCaseTypes().find((c) => c.id === caseTypeId);
  return (
    <dl className="cw-details" data-testid="wizard-review">
      <dt>{t('wizard.caseType')}</dt>
      <dd>{caseType?.name}</dd>
      <dt>{t('wizard.startDate')}</dt>
      <dd>{startDate}</dd>
      <dt>{t('wizard.primaryClient')}</dt>
      <dd>
        {clientName}
        {clientMode === 'new' && newClient.prospect ? ` (${t('enums.PersonKind.PROSPECT')})` : ''}
      </dd>
      <dt>{t('wizard.members')}</dt>
      <dd>
        {members.length
          ? members
              .map(
                (m) =>
                  `${m.name} (${t(`enums.MemberRole.${m.role}`)}${m.endDate ? `, ${m.endDate}` : ''})`,
              )
              .join('; ')
          : '—'}
      </dd>
    </dl>
  );
}
