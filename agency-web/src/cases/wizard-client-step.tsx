import { Checkbox, RadioButton, RadioButtonGroup, TextInput } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { type Chosen, PersonPicker } from './person-picker.js';

export type ClientMode = 'existing' | 'new';

/** A primary client registered in the wizard: a prospect, or a person with full details (R4.5). */
export interface NewClient {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  prospect: boolean;
  line1: string;
  postalCode: string;
  city: string;
  country: string;
}

export const EMPTY_NEW_CLIENT: NewClient = {
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  prospect: true,
  line1: '',
  postalCode: '',
  city: '',
  country: 'DE',
};

/** Whether the new client can be registered: names, and for a person the full details (R4.5). */
export function newClientReady(c: NewClient): boolean {
  return (
    !!c.givenName.trim() &&
    !!c.familyName.trim() &&
    (c.prospect || [c.dateOfBirth, c.line1, c.postalCode, c.city].every((v) => v.trim() !== ''))
  );
}

/** Step 2: the primary client, found among registered persons or registered here (R4.5). */
export function WizardClientStep({
  clientMode,
  primary,
  newClient,
  onClientMode,
  onClient,
  onNewClient,
}: {
  clientMode: ClientMode;
  primary: Chosen | null;
  newClient: NewClient;
  onClientMode(mode: ClientMode): void;
  onClient(client: Chosen): void;
  onNewClient(client: NewClient): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <RadioButtonGroup
        legendText={t('wizard.clientMode')}
        name="wizard-client-mode"
        valueSelected={clientMode}
        onChange={(v) => onClientMode(v as ClientMode)}
      >
        <RadioButton id="client-existing" value="existing" labelText={t('wizard.existing')} />
        <RadioButton id="client-new" value="new" labelText={t('wizard.registerNew')} />
      </RadioButtonGroup>
      {clientMode === 'existing' && (
        <>
          <p data-testid="wizard-primary">
            {primary ? t('wizard.primaryIs', { name: primary.name }) : t('wizard.noPrimary')}
          </p>
          <PersonPicker
            id="wizard-client-search"
            label={t('wizard.findClient')}
            onPick={onClient}
          />
        </>
      )}
      {clientMode === 'new' && (
        <>
          <TextInput
            id="wizard-new-given"
            labelText={t('register.givenName')}
            value={newClient.givenName}
            onChange={(e) => onNewClient({ ...newClient, givenName: e.target.value })}
          />
          <TextInput
            id="wizard-new-family"
            labelText={t('register.familyName')}
            value={newClient.familyName}
            onChange={(e) => onNewClient({ ...newClient, familyName: e.target.value })}
          />
          <TextInput
            id="wizard-new-dob"
            labelText={t('person.dateOfBirth')}
            helperText={t('dates.format')}
            value={newClient.dateOfBirth}
            onChange={(e) => onNewClient({ ...newClient, dateOfBirth: e.target.value })}
          />
          <Checkbox
            id="wizard-new-prospect"
            labelText={t('register.prospect')}
            checked={newClient.prospect}
            onChange={(_e, { checked }) => onNewClient({ ...newClient, prospect: checked })}
          />
          {!newClient.prospect && (
            <>
              <TextInput
                id="wizard-new-line1"
                labelText={t('register.line1')}
                value={newClient.line1}
                onChange={(e) => onNewClient({ ...newClient, line1: e.target.value })}
              />
              <TextInput
                id="wizard-new-postal"
                labelText={t('register.postalCode')}
                value={newClient.postalCode}
                onChange={(e) => onNewClient({ ...newClient, postalCode: e.target.value })}
              />
              <TextInput
                id="wizard-new-city"
                labelText={t('register.city')}
                value={newClient.city}
                onChange={(e) => onNewClient({ ...newClient, city: e.target.value })}
              />
              <TextInput
                id="wizard-new-country"
                labelText={t('register.country')}
                helperText={t('register.countryHelp')}
                value={newClient.country}
                onChange={(e) => onNewClient({ ...newClient, country: e.target.value })}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
