import { ErrorNotice, LoadingState } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Form,
  Select,
  SelectItem,
  Stack,
  StructuredListBody,
  StructuredListCell,
  StructuredListRow,
  StructuredListWrapper,
  Tag,
  TextInput,
  Tile,
  Toggle,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type CaseReasonKind, type IntakeStrategy } from '../gql/graphql.js';

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

const CreateProgramme = graphql(`
  mutation CreateProgramme($input: ProgrammeInput!) {
    createProgramme(input: $input) {
      id
    }
  }
`);

const UpdateProgramme = graphql(`
  mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {
    updateProgramme(id: $id, input: $input) {
      id
      version
      active
    }
  }
`);

const CreateCaseType = graphql(`
  mutation CreateCaseType($input: NamedInput!) {
    createCaseType(input: $input) {
      id
    }
  }
`);

const UpdateCaseType = graphql(`
  mutation UpdateCaseType($id: ID!, $input: UpdateNamedInput!) {
    updateCaseType(id: $id, input: $input) {
      id
      version
      active
    }
  }
`);

const CreateCaseReason = graphql(`
  mutation CreateCaseReason($input: CaseReasonInput!) {
    createCaseReason(input: $input) {
      id
    }
  }
`);

const UpdateCaseReason = graphql(`
  mutation UpdateCaseReason($id: ID!, $input: UpdateNamedInput!) {
    updateCaseReason(id: $id, input: $input) {
      id
      version
      active
    }
  }
`);

const STRATEGIES: IntakeStrategy[] = ['ALWAYS_NEW', 'EXISTING_SAME_CLIENTS', 'EXISTING_ELSE_NEW'];
const refetch = { refetchQueries: ['Configuration'], awaitRefetchQueries: true };

interface Configured {
  id: string;
  version: number;
  name: string;
  active: boolean;
  detail?: string;
}

/** A list of configured items with active/inactive switches. */
function ConfiguredList({
  label,
  items,
  onToggle,
}: {
  label: string;
  items: Configured[];
  onToggle: (item: Configured) => void;
}) {
  const { t } = useTranslation();
  return (
    <StructuredListWrapper aria-label={label}>
      <StructuredListBody>
        {items.map((item) => (
          <StructuredListRow key={item.id}>
            <StructuredListCell>
              {item.name} {item.detail && <span className="cw-muted">{item.detail}</span>}
            </StructuredListCell>
            <StructuredListCell>
              <Tag type={item.active ? 'green' : 'gray'}>
                {t(item.active ? 'config.active' : 'config.inactive')}
              </Tag>
            </StructuredListCell>
            <StructuredListCell>
              <Button kind="ghost" size="sm" onClick={() => onToggle(item)}>
                {t(item.active ? 'config.deactivate' : 'config.activate', { name: item.name })}
              </Button>
            </StructuredListCell>
          </StructuredListRow>
        ))}
      </StructuredListBody>
    </StructuredListWrapper>
  );
}

/** Agency administrators: intake settings (R4.1, R4.7), programmes (R3.1), case types (R4.6), reasons (R4.7). */
export function ConfigurationPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ConfigurationQuery);
  const [updateSettings, settingsResult] = useMutation(UpdateSettings);
  const [createProgramme, programmeResult] = useMutation(CreateProgramme, refetch);
  const [updateProgramme] = useMutation(UpdateProgramme, refetch);
  const [createCaseType, caseTypeResult] = useMutation(CreateCaseType, refetch);
  const [updateCaseType] = useMutation(UpdateCaseType, refetch);
  const [createCaseReason, reasonResult] = useMutation(CreateCaseReason, refetch);
  const [updateCaseReason] = useMutation(UpdateCaseReason, refetch);
  const [programme, setProgramme] = useState({ name: '', product: '', meetingRequired: false });
  const [caseType, setCaseType] = useState('');
  const [reason, setReason] = useState<{ name: string; kind: CaseReasonKind }>({
    name: '',
    kind: 'CLOSURE',
  });
  const settings = data?.agencySettings;
  const change = (input: Record<string, unknown>) =>
    settings &&
    void updateSettings({ variables: { input: { version: settings.version, ...input } } }).catch(
      () => undefined,
    );
  const failure =
    settingsResult.error ?? programmeResult.error ?? caseTypeResult.error ?? reasonResult.error;

  return (
    <div className="cw-page">
      <h1 className="cw-page__title cds--type-heading-05">{t('config.title')}</h1>
      {error && <ErrorNotice error={error} />}
      {failure && <ErrorNotice error={failure} />}
      {loading && !data && <LoadingState />}
      {settings && (
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
      )}
      {data && (
        <>
          <section className="cw-section" aria-labelledby="programmes-heading">
            <h2 id="programmes-heading" className="cds--type-heading-04">
              {t('config.programmes')}
            </h2>
            <ConfiguredList
              label={t('config.programmes')}
              items={(data.programmes ?? []).map((p) => ({
                ...p,
                detail: `${p.product}${p.meetingRequired ? ` · ${t('config.meetingRequired')}` : ''}`,
              }))}
              onToggle={(p) =>
                void updateProgramme({
                  variables: { id: p.id, input: { version: p.version, active: !p.active } },
                }).catch(() => undefined)
              }
            />
            <Form
              aria-label={t('config.addProgramme')}
              onSubmit={(e) => {
                e.preventDefault();
                void createProgramme({ variables: { input: programme } }).then(
                  () => setProgramme({ name: '', product: '', meetingRequired: false }),
                  () => undefined,
                );
              }}
            >
              <Stack gap={3} orientation="horizontal">
                <TextInput
                  id="programme-name"
                  labelText={t('config.programmeName')}
                  value={programme.name}
                  onChange={(e) => setProgramme({ ...programme, name: e.target.value })}
                />
                <TextInput
                  id="programme-product"
                  labelText={t('config.product')}
                  value={programme.product}
                  onChange={(e) => setProgramme({ ...programme, product: e.target.value })}
                />
                <Checkbox
                  id="programme-meeting"
                  labelText={t('config.meetingRequired')}
                  checked={programme.meetingRequired}
                  onChange={(_e, { checked }) =>
                    setProgramme({ ...programme, meetingRequired: checked })
                  }
                />
                <Button
                  type="submit"
                  size="md"
                  disabled={!programme.name.trim() || !programme.product.trim()}
                >
                  {t('config.addProgramme')}
                </Button>
              </Stack>
            </Form>
          </section>
          <section className="cw-section" aria-labelledby="case-types-heading">
            <h2 id="case-types-heading" className="cds--type-heading-04">
              {t('config.caseTypes')}
            </h2>
            <ConfiguredList
              label={t('config.caseTypes')}
              items={data.caseTypes ?? []}
              onToggle={(c) =>
                void updateCaseType({
                  variables: { id: c.id, input: { version: c.version, active: !c.active } },
                }).catch(() => undefined)
              }
            />
            <Form
              aria-label={t('config.addCaseType')}
              onSubmit={(e) => {
                e.preventDefault();
                void createCaseType({ variables: { input: { name: caseType } } }).then(
                  () => setCaseType(''),
                  () => undefined,
                );
              }}
            >
              <Stack gap={3} orientation="horizontal">
                <TextInput
                  id="case-type-name"
                  labelText={t('config.caseTypeName')}
                  value={caseType}
                  onChange={(e) => setCaseType(e.target.value)}
                />
                <Button type="submit" size="md" disabled={!caseType.trim()}>
                  {t('config.addCaseType')}
                </Button>
              </Stack>
            </Form>
          </section>
          <section className="cw-section" aria-labelledby="reasons-heading">
            <h2 id="reasons-heading" className="cds--type-heading-04">
              {t('config.reasons')}
            </h2>
            <ConfiguredList
              label={t('config.reasons')}
              items={(data.caseReasons ?? []).map((r) => ({
                ...r,
                detail: t(`enums.CaseReasonKind.${r.kind}`),
              }))}
              onToggle={(r) =>
                void updateCaseReason({
                  variables: { id: r.id, input: { version: r.version, active: !r.active } },
                }).catch(() => undefined)
              }
            />
            <Form
              aria-label={t('config.addReason')}
              onSubmit={(e) => {
                e.preventDefault();
                void createCaseReason({ variables: { input: reason } }).then(
                  () => setReason({ ...reason, name: '' }),
                  () => undefined,
                );
              }}
            >
              <Stack gap={3} orientation="horizontal">
                <Select
                  id="reason-kind"
                  labelText={t('config.reasonKind')}
                  value={reason.kind}
                  onChange={(e) => setReason({ ...reason, kind: e.target.value as CaseReasonKind })}
                >
                  <SelectItem value="CLOSURE" text={t('enums.CaseReasonKind.CLOSURE')} />
                  <SelectItem value="REOPENING" text={t('enums.CaseReasonKind.REOPENING')} />
                </Select>
                <TextInput
                  id="reason-name"
                  labelText={t('config.reasonName')}
                  value={reason.name}
                  onChange={(e) => setReason({ ...reason, name: e.target.value })}
                />
                <Button type="submit" size="md" disabled={!reason.name.trim()}>
                  {t('config.addReason')}
                </Button>
              </Stack>
            </Form>
          </section>
        </>
      )}
    </div>
  );
}
