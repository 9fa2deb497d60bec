import { ErrorNotice } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Breadcrumb,
  BreadcrumbItem,
  Button,
  Checkbox,
  Form,
  InlineNotification,
  Select,
  SelectItem,
  Stack,
  TextInput,
} from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../gql/index.js';
import { AddressFields } from './address-fields.js';
import { type CommunicationMethod } from '../gql/graphql.js';

const PossibleDuplicates = graphql(`
  query PossibleDuplicates($givenName: String!, $familyName: String!, $dateOfBirth: String) {
    possibleDuplicates(givenName: $givenName, familyName: $familyName, dateOfBirth: $dateOfBirth) {
      id
      name
      reference
      dateOfBirth
      kind
    }
  }
`);

const RegisterPerson = graphql(`
  mutation RegisterPerson($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
    }
  }
`);

const RegisterProspect = graphql(`
  mutation RegisterProspect($input: RegisterProspectPersonInput!) {
    registerProspectPerson(input: $input) {
      id
    }
  }
`);

export const METHODS: CommunicationMethod[] = ['EMAIL', 'POST', 'PHONE', 'IN_PERSON'];

/** Registers a person (full details) or a prospect (minimal details), warning of possible duplicates (R4.5). */
export function RegisterPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [prospect, setProspect] = useState(false);
  const [f, setF] = useState({
    givenName: '',
    familyName: '',
    dateOfBirth: '',
    email: '',
    phone: '',
    method: '',
    line1: '',
    postalCode: '',
    city: '',
    country: '',
  });
  const set = (key: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [key]: e.target.value });
  const named = f.givenName.trim().length > 1 && f.familyName.trim().length > 1;
  const duplicates = useQuery(PossibleDuplicates, {
    variables: {
      givenName: f.givenName.trim(),
      familyName: f.familyName.trim(),
      dateOfBirth: f.dateOfBirth || null,
    },
    skip: !named,
  });
  const [registerPerson, person] = useMutation(RegisterPerson);
  const [registerProspect, prospectResult] = useMutation(RegisterProspect);
  const found = named ? (duplicates.data?.possibleDuplicates ?? []) : [];
  const orNull = (v: string) => v.trim() || null;

  const submit = async () => {
    const base = {
      givenName: f.givenName,
      familyName: f.familyName,
      dateOfBirth: orNull(f.dateOfBirth),
      email: orNull(f.email),
      phone: orNull(f.phone),
    };
    const res = prospect
      ? (await registerProspect({ variables: { input: base } })).data?.registerProspectPerson
      : (
          await registerPerson({
            variables: {
              input: {
                ...base,
                preferredCommunicationMethod: (f.method || null) as CommunicationMethod | null,
                address: f.line1
                  ? {
                      line1: f.line1,
                      postalCode: f.postalCode,
                      city: f.city,
                      country: f.country.toUpperCase(),
                    }
                  : null,
              },
            },
          })
        ).data?.registerPerson;
    if (res) void navigate(`/persons/${res.id}`);
  };

  return (
    <div className="cw-page">
      <Breadcrumb noTrailingSlash>
        <BreadcrumbItem>
          <Link to="/persons">{t('persons.title')}</Link>
        </BreadcrumbItem>
      </Breadcrumb>
      <h1 className="cw-page__title cds--type-heading-05">{t('register.title')}</h1>
      <Form
        aria-label={t('register.title')}
        onSubmit={(e) => {
          e.preventDefault();
          void submit().catch(() => undefined);
        }}
      >
        <Stack gap={5}>
          <Checkbox
            id="register-prospect"
            labelText={t('register.prospect')}
            helperText={t('register.prospectHelp')}
            checked={prospect}
            onChange={(_e, { checked }) => setProspect(checked)}
          />
          <TextInput
            id="register-given"
            labelText={t('register.givenName')}
            value={f.givenName}
            onChange={set('givenName')}
            required
          />
          <TextInput
            id="register-family"
            labelText={t('register.familyName')}
            value={f.familyName}
            onChange={set('familyName')}
            required
          />
          <TextInput
            id="register-dob"
            labelText={t('person.dateOfBirth')}
            helperText={t('dates.format')}
            value={f.dateOfBirth}
            onChange={set('dateOfBirth')}
          />
          {found.length > 0 && (
            <div>
              {/* Carbon's notification may not hold links, so the list follows it. */}
              <InlineNotification
                kind="warning"
                role="status"
                hideCloseButton
                title={t('register.duplicatesTitle')}
                subtitle={t('register.duplicatesText')}
              />
              <ul data-testid="possible-duplicates">
                {found.map((p) => (
                  <li key={p.id}>
                    <Link to={`/persons/${p.id}`}>{p.name}</Link> ({p.reference}
                    {p.dateOfBirth ? `, ${p.dateOfBirth}` : ''}, {t(`enums.PersonKind.${p.kind}`)})
                  </li>
                ))}
              </ul>
            </div>
          )}
          <TextInput
            id="register-email"
            labelText={t('person.email')}
            value={f.email}
            onChange={set('email')}
          />
          <TextInput
            id="register-phone"
            labelText={t('person.phone')}
            value={f.phone}
            onChange={set('phone')}
          />
          {!prospect && (
            <>
              <Select
                id="register-method"
                labelText={t('person.preferredCommunicationMethod')}
                value={f.method}
                onChange={set('method')}
              >
                <SelectItem value="" text={t('common.notSet')} />
                {METHODS.map((m) => (
                  <SelectItem key={m} value={m} text={t(`contact.CommunicationMethod.${m}`)} />
                ))}
              </Select>
              <AddressFields idPrefix="register" value={f} set={set} />
            </>
          )}
          {(person.error || prospectResult.error) && (
            <ErrorNotice error={person.error ?? prospectResult.error} />
          )}
          <div>
            <Button type="submit" disabled={!named || person.loading || prospectResult.loading}>
              {prospect ? t('register.submitProspect') : t('register.submit')}
            </Button>
          </div>
        </Stack>
      </Form>
    </div>
  );
}
