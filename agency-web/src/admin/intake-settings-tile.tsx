import { ErrorNotice } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Select, SelectItem, Stack, Tile, Toggle } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type ConfigurationQuery, type IntakeStrategy } from '../gql/graphql.js';

const UpdateSettings = graphql(`
  mutation UpdateAgencySettings($input: UpdateAgencySettingsInput!) {
    updateAgencySettings(input: $input) {
      id
      version
      intakeProcessDefined
      intakeStrategy
      allowClosingWithActiveDeliveries
    }
  }
`);

const STRATEGIES: IntakeStrategy[] = ['ALWAYS_NEW', 'EXISTING_SAME_CLIENTS', 'EXISTING_ELSE_NEW'];

/** The agency's intake process (R4.1) and whether a case closes with active deliveries (R4.7). */
export function IntakeSettingsTile({
  settings,
}: {
  settings: NonNullable<ConfigurationQuery['agencySettings']>;
}) {
  const { t } = useTranslation();
  const [updateSettings, result] = useMutation(UpdateSettings);
  const change = (input: Record<string, unknown>) =>
    void updateSettings({ variables: { input: { version: settings.version, ...input } } }).catch(
      () => undefined,
    );
  return (
    <>
      {result.error && <ErrorNotice error={result.error} />}
      <Tile className="cw-section">
        <h2 className="cds--type-heading-03">{t('config.intake')}</h2>
        <Stack gap={5}>
          <Toggle
            id="config-intake"
            labelText={t('config.intakeDefined')}
            labelA={t('config.no')}
            labelB={t('config.yes')}
            toggled={settings.intakeProcessDefined}
            onToggle={(v) => change({ intakeProcessDefined: v })}
          />
          <Select
            id="config-strategy"
            labelText={t('config.strategy')}
            value={settings.intakeStrategy}
            disabled={!settings.intakeProcessDefined}
            onChange={(e) => change({ intakeStrategy: e.target.value })}
          >
            {STRATEGIES.map((s) => (
              <SelectItem key={s} value={s} text={t(`enums.IntakeStrategy.${s}`)} />
            ))}
          </Select>
          <Toggle
            id="config-close-active"
            labelText={t('config.allowClosing')}
            labelA={t('config.no')}
            labelB={t('config.yes')}
            toggled={settings.allowClosingWithActiveDeliveries}
            onToggle={(v) => change({ allowClosingWithActiveDeliveries: v })}
          />
        </Stack>
      </Tile>
    </>
  );
}
