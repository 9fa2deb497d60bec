import { ErrorNotice, useFieldErrors } from '@casework/web-kit';
import { useMutation } from '@apollo/client/react';
import { Modal, Select, SelectItem, Stack, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type CommunicationMethod, type EmailStatus, type InquiryMethod } from '../gql/graphql.js';

const RegisterProvider = graphql(`
  mutation RegisterProvider($input: RegisterProviderInput!) {
    registerProvider(input: $input) {
      id
    }
  }
`);

const UpdateProvider = graphql(`
  mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) {
    updateProvider(id: $id, input: $input) {
      id
      version
    }
  }
`);

/** The fields the form edits, as the provider query returns them. */
export interface EditableProvider {
  id: string;
  version: number;
  name: string;
  email?: string | null;
  emailStatus: EmailStatus;
  phone?: string | null;
  preferredInquiryMethod?: InquiryMethod | null;
  preferredCommunicationMethod?: CommunicationMethod | null;
  address?: {
    line1: string;
    line2?: string | null;
    postalCode: string;
    city: string;
    country: string;
  } | null;
}

const INQUIRY_METHODS: InquiryMethod[] = ['EMAIL', 'INTERNET', 'PHONE'] as InquiryMethod[];
const COMMUNICATION_METHODS = ['EMAIL', 'POST', 'PHONE', 'IN_PERSON'] as CommunicationMethod[];
const EMAIL_STATUSES = ['OK', 'BOUNCED', 'INVALID'] as EmailStatus[];

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * Registers a provider or edits one (R1.8: the preferred inquiry method, the email address and
 * whether it bounced decide which inquiry methods are allowed).
 */
export function ProviderFormModal({
  provider,
  onClose,
  onSaved,
}: {
  provider?: EditableProvider;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: provider?.name ?? '',
    email: provider?.email ?? '',
    emailStatus: provider?.emailStatus ?? ('OK' as EmailStatus),
    phone: provider?.phone ?? '',
    preferredInquiryMethod: provider?.preferredInquiryMethod ?? '',
    preferredCommunicationMethod: provider?.preferredCommunicationMethod ?? '',
    line1: provider?.address?.line1 ?? '',
    line2: provider?.address?.line2 ?? '',
    postalCode: provider?.address?.postalCode ?? '',
    city: provider?.address?.city ?? '',
    country: provider?.address?.country ?? 'DE',
  });
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((current) => ({ ...current, [key]: value }));
  const [register, registering] = useMutation(RegisterProvider, {
    refetchQueries: ['Providers'],
  });
  const [update, updating] = useMutation(UpdateProvider, { refetchQueries: ['Provider'] });
  const error = registering.error ?? updating.error;
  const invalid = useFieldErrors(error);

  const submit = async () => {
    const hasAddress = [form.line1, form.postalCode, form.city].some((v) => v.trim() !== '');
    const input = {
      name: form.name.trim(),
      email: blankToNull(form.email),
      phone: blankToNull(form.phone),
      preferredInquiryMethod: (form.preferredInquiryMethod || null) as InquiryMethod | null,
      preferredCommunicationMethod: (form.preferredCommunicationMethod ||
        null) as CommunicationMethod | null,
      emailStatus: form.emailStatus,
      address: hasAddress
        ? {
            line1: form.line1.trim(),
            line2: blankToNull(form.line2),
            postalCode: form.postalCode.trim(),
            city: form.city.trim(),
            country: form.country.trim().toUpperCase(),
          }
        : null,
    };
    if (provider) {
      await update({
        variables: { id: provider.id, input: { ...input, version: provider.version } },
      });
      onSaved(provider.id);
    } else {
      const result = await register({ variables: { input } });
      const id = result.data?.registerProvider?.id;
      if (id) onSaved(id);
    }
  };

  return (
    <Modal
      open
      size="md"
      modalHeading={provider ? t('providerForm.editTitle') : t('providerForm.registerTitle')}
      primaryButtonText={provider ? t('common.save') : t('providerForm.register')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={registering.loading || updating.loading || !form.name.trim()}
      onRequestClose={onClose}
      onRequestSubmit={() => void submit().catch(() => undefined)}
    >
      <Stack gap={5}>
        <TextInput
          id="provider-name"
          labelText={t('providerForm.name')}
          value={form.name}
          onChange={(e) => set('name')(e.target.value)}
          data-modal-primary-focus
          {...invalid('name')}
        />
        <div className="cw-columns">
          <TextInput
            id="provider-email"
            type="email"
            labelText={t('providerForm.email')}
            value={form.email}
            onChange={(e) => set('email')(e.target.value)}
            {...invalid('email')}
          />
          <Select
            id="provider-email-status"
            labelText={t('providerForm.emailStatus')}
            helperText={t('providerForm.emailStatusHelp')}
            value={form.emailStatus}
            onChange={(e) => set('emailStatus')(e.target.value)}
          >
            {EMAIL_STATUSES.map((s) => (
              <SelectItem key={s} value={s} text={t(`providerForm.emailStatusValue.${s}`)} />
            ))}
          </Select>
        </div>
        <TextInput
          id="provider-phone"
          labelText={t('providerForm.phone')}
          value={form.phone}
          onChange={(e) => set('phone')(e.target.value)}
          {...invalid('phone')}
        />
        <div className="cw-columns">
          <Select
            id="provider-inquiry-method"
            labelText={t('providerForm.preferredInquiryMethod')}
            helperText={t('providerForm.preferredInquiryMethodHelp')}
            value={form.preferredInquiryMethod}
            onChange={(e) => set('preferredInquiryMethod')(e.target.value)}
          >
            <SelectItem value="" text={t('providerForm.none')} />
            {INQUIRY_METHODS.map((m) => (
              <SelectItem key={m} value={m} text={t(`provider.InquiryMethod.${m}`)} />
            ))}
          </Select>
          <Select
            id="provider-communication-method"
            labelText={t('providerForm.preferredCommunicationMethod')}
            value={form.preferredCommunicationMethod}
            onChange={(e) => set('preferredCommunicationMethod')(e.target.value)}
          >
            <SelectItem value="" text={t('providerForm.none')} />
            {COMMUNICATION_METHODS.map((m) => (
              <SelectItem key={m} value={m} text={t(`provider.CommunicationMethod.${m}`)} />
            ))}
          </Select>
        </div>
        <fieldset className="cw-stack">
          <legend className="cds--label">{t('providerForm.address')}</legend>
          <TextInput
            id="provider-line1"
            labelText={t('providerForm.line1')}
            value={form.line1}
            onChange={(e) => set('line1')(e.target.value)}
            {...invalid('address.line1')}
          />
          <TextInput
            id="provider-line2"
            labelText={t('providerForm.line2')}
            value={form.line2}
            onChange={(e) => set('line2')(e.target.value)}
          />
          <div className="cw-columns">
            <TextInput
              id="provider-postal-code"
              labelText={t('providerForm.postalCode')}
              value={form.postalCode}
              onChange={(e) => set('postalCode')(e.target.value)}
              {...invalid('address.postalCode')}
            />
            <TextInput
              id="provider-city"
              labelText={t('providerForm.city')}
              value={form.city}
              onChange={(e) => set('city')(e.target.value)}
              {...invalid('address.city')}
            />
            <TextInput
              id="provider-country"
              labelText={t('providerForm.country')}
              value={form.country}
              maxLength={2}
              onChange={(e) => set('country')(e.target.value)}
              {...invalid('address.country')}
            />
          </div>
        </fieldset>
        {error && <ErrorNotice error={error} />}
      </Stack>
    </Modal>
  );
}
