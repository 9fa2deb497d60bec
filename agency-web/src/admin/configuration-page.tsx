import { ErrorNotice, LoadingState } from '@casework/web-kit';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { CaseReasonsSection } from './case-reasons-section.js';
import { CaseTypesSection } from './case-types-section.js';
import { IntakeSettingsTile } from './intake-settings-tile.js';
import { ProgrammesSection } from './programmes-section.js';

const ConfigurationQuery = graphql(`
  query Configuration {
    agencySettings {
      id
      version
      intakeProcessDefined
      intakeStrategy
      allowClosingWithActiveDeliveries
    }
    programmes(includeInactive: true) {
      id
      version
      name
      product
      meetingRequired
      active
    }
    caseTypes(includeInactive: true) {
      id
      version
      name
      active
    }
    caseReasons(includeInactive: true) {
      id
      version
      kind
      name
      active
    }
  }
`);

/**
 * Agency administrators: intake settings (R4.1, R4.7), programmes (R3.1), case types (R4.6),
 * reasons (R4.7). Each section keeps its own changes and errors.
 */
export function ConfigurationPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ConfigurationQuery);
  return (
    <div className="cw-page">
      <h1 className="cw-page__title cds--type-heading-05">{t('config.title')}</h1>
      {error && <ErrorNotice error={error} />}
      {loading && !data && <LoadingState />}
      {data?.agencySettings && <IntakeSettingsTile settings={data.agencySettings} />}
      {data && (
        <>
          <ProgrammesSection programmes={data.programmes ?? []} />
          <CaseTypesSection caseTypes={data.caseTypes ?? []} />
          <CaseReasonsSection caseReasons={data.caseReasons ?? []} />
        </>
      )}
    </div>
  );
}
