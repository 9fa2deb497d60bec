import { useQuery } from '@apollo/client/react';
import { Select, SelectItem, TextInput } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

const WizardData = graphql(`
  query CaseWizardData {
    caseTypes {
      id
      name
    }
  }
`);

/** The case types to choose from (shared with the review step through Apollo's cache). */
export function useCaseTypes() {
  return useQuery(WizardData).data?.caseTypes ?? [];
}

/** Step 1: the case type (R4.6) and the start date. */
export function WizardTypeStep({
  caseTypeId,
  startDate,
  onCaseType,
  onStartDate,
}: {
  caseTypeId: string;
  startDate: string;
  onCaseType(id: string): void;
  onStartDate(date: string): void;
}) {
  const { t } = useTranslation();
  const caseTypes = useCaseTypes();
  return (
    <>
      <Select
        id="wizard-case-type"
        labelText={t('wizard.caseType')}
        value={caseTypeId}
        onChange={(e) => onCaseType(e.target.value)}
      >
        <SelectItem value="" text={t('wizard.chooseType')} />
        {caseTypes.map((c) => (
          <SelectItem key={c.id} value={c.id} text={c.name} />
        ))}
      </Select>
      <TextInput
        id="wizard-start"
        labelText={t('wizard.startDate')}
        helperText={t('dates.format')}
        value={startDate}
        onChange={(e) => onStartDate(e.target.value)}
      />
    </>
  );
}
