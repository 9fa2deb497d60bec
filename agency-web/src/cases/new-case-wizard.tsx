import { ErrorNotice } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Breadcrumb,
  BreadcrumbItem,
  Button,
  ProgressIndicator,
  ProgressStep,
  Stack,
  Tile,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../gql/index.js';
import { type Chosen } from './person-picker.js';
import {
  type ClientMode,
  EMPTY_NEW_CLIENT,
  type NewClient,
  newClientReady,
  WizardClientStep,
} from './wizard-client-step.js';
import { type MemberDraft, WizardMembersStep } from './wizard-members-step.js';
import { WizardReviewStep } from './wizard-review-step.js';
import { WizardTypeStep } from './wizard-type-step.js';

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

/** Creating an integrated case by hand in steps: type (R4.6), primary client (R4.5), members, review. */
export function NewCaseWizard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const preset = params.get('client');
  const [step, setStep] = useState(0);
  const [caseTypeId, setCaseTypeId] = useState('');
  const [startDate, setStartDate] = useState(new Date().toISOString().slice(0, 10));
  const [clientMode, setClientMode] = useState<ClientMode>('existing');
  const [client, setClient] = useState<Chosen | null>(null);
  const [newClient, setNewClient] = useState<NewClient>(EMPTY_NEW_CLIENT);
  const [members, setMembers] = useState<MemberDraft[]>([]);
  const presetPerson = useQuery(PersonName, { variables: { id: preset ?? '' }, skip: !preset });
  const primary: Chosen | null =
    clientMode === 'new'
      ? null
      : (client ??
        (presetPerson.data?.person
          ? { id: presetPerson.data.person.id, name: presetPerson.data.person.name }
          : null));
  const [create, created] = useMutation(CreateCase);
  const steps = [
    t('wizard.stepType'),
    t('wizard.stepClient'),
    t('wizard.stepMembers'),
    t('wizard.stepReview'),
  ];
  const clientReady = clientMode === 'existing' ? !!primary : newClientReady(newClient);
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
        if (id) void navigate(`/cases/${id}`);
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
            <WizardTypeStep
              caseTypeId={caseTypeId}
              startDate={startDate}
              onCaseType={setCaseTypeId}
              onStartDate={setStartDate}
            />
          )}
          {step === 1 && (
            <WizardClientStep
              clientMode={clientMode}
              primary={primary}
              newClient={newClient}
              onClientMode={setClientMode}
              onClient={setClient}
              onNewClient={setNewClient}
            />
          )}
          {step === 2 && (
            <WizardMembersStep members={members} primary={primary} onMembers={setMembers} />
          )}
          {step === 3 && (
            <WizardReviewStep
              caseTypeId={caseTypeId}
              startDate={startDate}
              clientMode={clientMode}
              clientName={clientName}
              newClient={newClient}
              members={members}
            />
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
