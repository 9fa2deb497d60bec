import { ErrorNotice } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Breadcrumb,
  BreadcrumbItem,
  Button,
  Checkbox,
  ProgressIndicator,
  ProgressStep,
  RadioButton,
  RadioButtonGroup,
  Search,
  Select,
  SelectItem,
  Stack,
  TextInput,
  Tile,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { type MemberRole } from '../gql/graphql.js';

const WizardData = graphql(`
  query CaseWizardData {
    caseTypes {
      id
      name
    }
  }
`);

const FindPersons = graphql(`
  query WizardPersons($search: String) {
    persons(search: $search, first: 10) {
      nodes {
        id
        name
        reference
        dateOfBirth
        kind
      }
    }
  }
`);

const PersonName = graphql(`
  query WizardPerson($id: ID!) {
    person(id: $id) {
      id
      name
    }
  }
`);

const CreateCase = graphql(`
  mutation CreateIntegratedCase($input: CreateIntegratedCaseInput!) {
    createIntegratedCase(input: $input) {
      id
    }
  }
`);

export const MEMBER_ROLES: MemberRole[] = [
  'MEMBER',
  'SPOUSE',
  'PARTNER',
  'CHILD',
  'PARENT',
  'OTHER',
];

interface Chosen {
  id: string;
  name: string;
}
interface MemberDraft extends Chosen {
  role: MemberRole;
  endDate: string;
}

/** Finds a registered person or prospect by name, date of birth or reference. */
export function PersonPicker({
  id,
  label,
  onPick,
}: {
  id: string;
  label: string;
  onPick: (p: Chosen) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const found = useQuery(FindPersons, { variables: { search }, skip: !search });
  return (
    <Stack gap={3}>
      <div className="cw-search-row">
        <Search
          id={id}
          labelText={label}
          placeholder={t('persons.searchPlaceholder')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') setSearch(draft);
          }}
          closeButtonLabelText={t('persons.clearSearch')}
        />
        <Button kind="tertiary" size="lg" onClick={() => setSearch(draft)}>
          {t('common.search')}
        </Button>
      </div>
      {search && found.data?.persons?.nodes.length === 0 && <p>{t('wizard.noneFound')}</p>}
      <ul className="cw-picker">
        {(found.data?.persons?.nodes ?? []).map((p) => (
          <li key={p.id}>
            <Button kind="ghost" size="sm" onClick={() => onPick({ id: p.id, name: p.name })}>
              {t('wizard.choose', { name: p.name })}
            </Button>{' '}
            {p.reference}
            {p.dateOfBirth ? `, ${p.dateOfBirth}` : ''}
            {p.kind === 'PROSPECT' ? `, ${t('enums.PersonKind.PROSPECT')}` : ''}
          </li>
        ))}
      </ul>
    </Stack>
  );
}

/** Creating an integrated case by hand in steps: type (R4.6), primary client (R4.5), members, review. */
export function NewCaseWizard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const preset = params.get('client');
  const [step, setStep] = useState(0);
  const [caseTypeId, setCaseTypeId] = useState('');
  const [startDate, setStartDate] = useState(new Date().toISOString().slice(0, 10));
  const [clientMode, setClientMode] = useState<'existing' | 'new'>('existing');
  const [client, setClient] = useState<Chosen | null>(null);
  const [newClient, setNewClient] = useState({
    givenName: '',
    familyName: '',
    dateOfBirth: '',
    prospect: true,
    line1: '',
    postalCode: '',
    city: '',
    country: 'DE',
  });
  const [members, setMembers] = useState<MemberDraft[]>([]);
  const data = useQuery(WizardData);
  const presetPerson = useQuery(PersonName, { variables: { id: preset ?? '' }, skip: !preset });
  const primary: Chosen | null =
    clientMode === 'new'
      ? null
      : (client ??
        (presetPerson.data?.person
          ? { id: presetPerson.data.person.id, name: presetPerson.data.person.name }
          : null));
  const [create, created] = useMutation(CreateCase);
  const caseType = data.data?.caseTypes?.find((c) => c.id === caseTypeId);
  const steps = [
    t('wizard.stepType'),
    t('wizard.stepClient'),
    t('wizard.stepMembers'),
    t('wizard.stepReview'),
  ];
  const clientReady =
    clientMode === 'existing'
      ? !!primary
      : !!newClient.givenName.trim() &&
        !!newClient.familyName.trim() &&
        // A person (not a prospect) is registered with full details (R4.5).
        (newClient.prospect ||
          [newClient.dateOfBirth, newClient.line1, newClient.postalCode, newClient.city].every(
            (v) => v.trim() !== '',
          ));
  const canNext = [!!caseTypeId && !!startDate, clientReady, true, true][step];
  const clientName =
    clientMode === 'existing' ? primary?.name : `${newClient.givenName} ${newClient.familyName}`;

  const submit = () =>
    void create({
      variables: {
        input: {
          caseTypeId,
          startDate,
          primaryClientId: clientMode === 'existing' ? primary?.id : null,
          newPrimaryClient:
            clientMode === 'new'
              ? {
                  givenName: newClient.givenName,
                  familyName: newClient.familyName,
                  dateOfBirth: newClient.dateOfBirth || null,
                  prospect: newClient.prospect,
                  address: newClient.prospect
                    ? null
                    : {
                        line1: newClient.line1.trim(),
                        postalCode: newClient.postalCode.trim(),
                        city: newClient.city.trim(),
                        country: newClient.country.trim().toUpperCase(),
                      },
                }
              : null,
          members: members.map((m) => ({
            personId: m.id,
            role: m.role,
            endDate: m.endDate || null,
          })),
        },
      },
    }).then(
      (res) => {
        const id = res.data?.createIntegratedCase?.id;
        if (id) navigate(`/cases/${id}`);
      },
      () => undefined,
    );

  return (
    <div className="cw-page">
      <Breadcrumb noTrailingSlash>
        <BreadcrumbItem>
          <Link to="/cases">{t('cases.title')}</Link>
        </BreadcrumbItem>
      </Breadcrumb>
      <h1 className="cw-page__title cds--type-heading-05">{t('cases.new')}</h1>
      <ProgressIndicator currentIndex={step} spaceEqually className="cw-section">
        {steps.map((label, i) => (
          <ProgressStep key={label} label={label} complete={i < step} current={i === step} />
        ))}
      </ProgressIndicator>
      <Tile className="cw-section">
        <h2 className="cds--type-heading-03" id="wizard-step-heading">
          {steps[step]}
        </h2>
        <Stack gap={5}>
          {step === 0 && (
            <>
              <Select
                id="wizard-case-type"
                labelText={t('wizard.caseType')}
                value={caseTypeId}
                onChange={(e) => setCaseTypeId(e.target.value)}
              >
                <SelectItem value="" text={t('wizard.chooseType')} />
                {(data.data?.caseTypes ?? []).map((c) => (
                  <SelectItem key={c.id} value={c.id} text={c.name} />
                ))}
              </Select>
              <TextInput
                id="wizard-start"
                labelText={t('wizard.startDate')}
                helperText={t('dates.format')}
                value={startDate}
                onChange={(e) => setStartDate(e.target.value)}
              />
            </>
          )}
          {step === 1 && (
            <>
              <RadioButtonGroup
                legendText={t('wizard.clientMode')}
                name="wizard-client-mode"
                valueSelected={clientMode}
                onChange={(v) => setClientMode(v as 'existing' | 'new')}
              >
                <RadioButton
                  id="client-existing"
                  value="existing"
                  labelText={t('wizard.existing')}
                />
                <RadioButton id="client-new" value="new" labelText={t('wizard.registerNew')} />
              </RadioButtonGroup>
              {clientMode === 'existing' && (
                <>
                  <p data-testid="wizard-primary">
                    {primary
                      ? t('wizard.primaryIs', { name: primary.name })
                      : t('wizard.noPrimary')}
                  </p>
                  <PersonPicker
                    id="wizard-client-search"
                    label={t('wizard.findClient')}
                    onPick={setClient}
                  />
                </>
              )}
              {clientMode === 'new' && (
                <>
                  <TextInput
                    id="wizard-new-given"
                    labelText={t('register.givenName')}
                    value={newClient.givenName}
                    onChange={(e) => setNewClient({ ...newClient, givenName: e.target.value })}
                  />
                  <TextInput
                    id="wizard-new-family"
                    labelText={t('register.familyName')}
                    value={newClient.familyName}
                    onChange={(e) => setNewClient({ ...newClient, familyName: e.target.value })}
                  />
                  <TextInput
                    id="wizard-new-dob"
                    labelText={t('person.dateOfBirth')}
                    helperText={t('dates.format')}
                    value={newClient.dateOfBirth}
                    onChange={(e) => setNewClient({ ...newClient, dateOfBirth: e.target.value })}
                  />
                  <Checkbox
                    id="wizard-new-prospect"
                    labelText={t('register.prospect')}
                    checked={newClient.prospect}
                    onChange={(_e, { checked }) =>
                      setNewClient({ ...newClient, prospect: checked })
                    }
                  />
                  {!newClient.prospect && (
                    <>
                      <TextInput
                        id="wizard-new-line1"
                        labelText={t('register.line1')}
                        value={newClient.line1}
                        onChange={(e) => setNewClient({ ...newClient, line1: e.target.value })}
                      />
                      <TextInput
                        id="wizard-new-postal"
                        labelText={t('register.postalCode')}
                        value={newClient.postalCode}
                        onChange={(e) => setNewClient({ ...newClient, postalCode: e.target.value })}
                      />
                      <TextInput
                        id="wizard-new-city"
                        labelText={t('register.city')}
                        value={newClient.city}
                        onChange={(e) => setNewClient({ ...newClient, city: e.target.value })}
                      />
                      <TextInput
                        id="wizard-new-country"
                        labelText={t('register.country')}
                        helperText={t('register.countryHelp')}
                        value={newClient.country}
                        onChange={(e) => setNewClient({ ...newClient, country: e.target.value })}
                      />
                    </>
                  )}
                </>
              )}
            </>
          )}
          {step === 2 && (
            <>
              {members.length === 0 && <p>{t('wizard.noMembers')}</p>}
              {members.map((m, i) => (
                <div key={m.id} className="cw-member-row" data-testid="wizard-member">
                  <strong>{m.name}</strong>
                  <Select
                    id={`member-role-${i}`}
                    labelText={t('wizard.role', { name: m.name })}
                    value={m.role}
                    onChange={(e) =>
                      setMembers(
                        members.map((x) =>
                          x.id === m.id ? { ...x, role: e.target.value as MemberRole } : x,
                        ),
                      )
                    }
                  >
                    {MEMBER_ROLES.map((r) => (
                      <SelectItem key={r} value={r} text={t(`enums.MemberRole.${r}`)} />
                    ))}
                  </Select>
                  <TextInput
                    id={`member-end-${i}`}
                    labelText={t('wizard.endDate', { name: m.name })}
                    helperText={t('dates.format')}
                    value={m.endDate}
                    onChange={(e) =>
                      setMembers(
                        members.map((x) => (x.id === m.id ? { ...x, endDate: e.target.value } : x)),
                      )
                    }
                  />
                  <Button
                    kind="ghost"
                    size="sm"
                    onClick={() => setMembers(members.filter((x) => x.id !== m.id))}
                  >
                    {t('wizard.remove', { name: m.name })}
                  </Button>
                </div>
              ))}
              <PersonPicker
                id="wizard-member-search"
                label={t('wizard.findMember')}
                onPick={(p) => {
                  if (p.id !== primary?.id && !members.some((m) => m.id === p.id))
                    setMembers([...members, { ...p, role: 'MEMBER', endDate: '' }]);
                }}
              />
            </>
          )}
          {step === 3 && (
            <dl className="cw-details" data-testid="wizard-review">
              <dt>{t('wizard.caseType')}</dt>
              <dd>{caseType?.name}</dd>
              <dt>{t('wizard.startDate')}</dt>
              <dd>{startDate}</dd>
              <dt>{t('wizard.primaryClient')}</dt>
              <dd>
                {clientName}
                {clientMode === 'new' && newClient.prospect
                  ? ` (${t('enums.PersonKind.PROSPECT')})`
                  : ''}
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
          )}
          {created.error && <ErrorNotice error={created.error} />}
          <div className="cw-button-row">
            {step > 0 && (
              <Button kind="secondary" onClick={() => setStep(step - 1)}>
                {t('wizard.back')}
              </Button>
            )}
            {step < 3 ? (
              <Button disabled={!canNext} onClick={() => setStep(step + 1)}>
                {t('wizard.next')}
              </Button>
            ) : (
              <Button disabled={created.loading} onClick={submit}>
                {t('wizard.create')}
              </Button>
            )}
          </div>
        </Stack>
      </Tile>
    </div>
  );
}
