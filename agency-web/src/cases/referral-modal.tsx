import { ErrorNotice, useFieldErrors } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Modal,
  RadioButton,
  RadioButtonGroup,
  Select,
  SelectItem,
  Stack,
  TextArea,
  TextInput,
} from '@carbon/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';
import { type LetterDeliveryChoice } from '../gql/graphql.js';

const ReferralProviders = graphql(`
  query ReferralProviders {
    providers(first: 100) {
      nodes {
        id
        name
        servicesOffered {
          id
          code
          name
          active
        }
      }
    }
  }
`);

const MakeReferral = graphql(`
  mutation MakeReferral($caseId: ID!, $input: ReferralInput!) {
    addReferral(caseId: $caseId, input: $input) {
      id
    }
  }
`);

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Refers the case's client to a provider for a service from the provider's catalogue (R4.4),
 * then the letter step (R2.1, R2.2, R2.5): the caseworker writes the text for the client's and
 * the provider's letter and sends them now (each party's channel is decided on the server,
 * R2.6) or leaves them in the print queue.
 */
export function ReferralModal({
  caseId,
  clientName,
  onClose,
}: {
  caseId: string;
  clientName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<1 | 2>(1);
  const opened = useRef(false);
  // A new step puts the keyboard at its first field (Carbon focuses only when the modal opens).
  useEffect(() => {
    if (!opened.current) {
      opened.current = true;
      return;
    }
    document.getElementById(step === 1 ? 'referral-provider' : 'referral-client-text')?.focus();
  }, [step]);
  const [providerId, setProviderId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [referredOn, setReferredOn] = useState(today());
  const [notes, setNotes] = useState('');
  const [clientText, setClientText] = useState('');
  const [providerText, setProviderText] = useState('');
  const [delivery, setDelivery] = useState<LetterDeliveryChoice>('SEND_NOW');
  const providers = useQuery(ReferralProviders);
  const [refer, referred] = useMutation(MakeReferral, {
    refetchQueries: ['IntegratedCase', 'Communications'],
    awaitRefetchQueries: true,
  });
  const fieldError = useFieldErrors(referred.error);
  const provider = providers.data?.providers?.nodes.find((p) => p.id === providerId);
  const services = (provider?.servicesOffered ?? []).filter((s) => s.active);
  const service = services.find((s) => s.id === serviceId);
  const stepOneDone = Boolean(provider && service && /^\d{4}-\d{2}-\d{2}$/.test(referredOn));

  const submit = () => {
    if (step === 1) {
      setStep(2);
      return;
    }
    if (!service) return;
    void refer({
      variables: {
        caseId,
        input: {
          service: service.name,
          providerId,
          serviceId,
          referredOn,
          notes: notes.trim() || null,
          letters: { clientText, providerText, delivery },
        },
      },
    }).then(onClose, () => undefined);
  };

  return (
    <Modal
      open
      size="md"
      modalHeading={t('referral.title')}
      primaryButtonText={
        step === 1
          ? t('referral.next')
          : delivery === 'SEND_NOW'
            ? t('referral.referAndSend')
            : t('referral.referAndQueue')
      }
      secondaryButtonText={step === 1 ? t('common.cancel') : t('referral.back')}
      primaryButtonDisabled={
        step === 1 ? !stepOneDone : referred.loading || !clientText.trim() || !providerText.trim()
      }
      onRequestClose={onClose}
      onSecondarySubmit={step === 1 ? onClose : () => setStep(1)}
      onRequestSubmit={submit}
    >
      {step === 1 ? (
        <Stack gap={5}>
          <h3 className="cds--type-heading-02">
            {t('referral.step', { step, of: 2 })}: {t('referral.detailsStep')}
          </h3>
          {providers.error && <ErrorNotice error={providers.error} />}
          <Select
            id="referral-provider"
            labelText={t('casePage.provider')}
            value={providerId}
            onChange={(e) => {
              setProviderId(e.target.value);
              setServiceId('');
            }}
            data-modal-primary-focus
          >
            <SelectItem value="" text={t('referral.chooseProvider')} />
            {(providers.data?.providers?.nodes ?? []).map((p) => (
              <SelectItem key={p.id} value={p.id} text={p.name} />
            ))}
          </Select>
          <Select
            id="referral-service"
            labelText={t('casePage.service')}
            helperText={provider && !services.length ? t('referral.noServices') : undefined}
            value={serviceId}
            disabled={!provider}
            onChange={(e) => setServiceId(e.target.value)}
          >
            <SelectItem value="" text={t('referral.chooseService')} />
            {services.map((s) => (
              <SelectItem key={s.id} value={s.id} text={`${s.name} (${s.code})`} />
            ))}
          </Select>
          <TextInput
            id="referral-date"
            labelText={t('casePage.referredOn')}
            helperText={t('dates.format')}
            value={referredOn}
            onChange={(e) => setReferredOn(e.target.value)}
          />
          <TextArea
            id="referral-notes"
            labelText={t('referral.notes')}
            value={notes}
            rows={2}
            maxLength={2000}
            onChange={(e) => setNotes(e.target.value)}
          />
        </Stack>
      ) : (
        <Stack gap={5}>
          <h3 className="cds--type-heading-02">
            {t('referral.step', { step, of: 2 })}: {t('referral.lettersStep')}
          </h3>
          {referred.error && <ErrorNotice error={referred.error} />}
          <p>
            {t('referral.summary', {
              client: clientName,
              provider: provider?.name ?? '',
              service: service?.name ?? '',
            })}
          </p>
          <TextArea
            id="referral-client-text"
            labelText={t('referral.clientText', { name: clientName })}
            helperText={t('referral.textHelp')}
            value={clientText}
            rows={4}
            maxLength={5000}
            onChange={(e) => setClientText(e.target.value)}
            data-modal-primary-focus
            {...fieldError('letters.clientText')}
          />
          <TextArea
            id="referral-provider-text"
            labelText={t('referral.providerText', { name: provider?.name ?? '' })}
            helperText={t('referral.textHelp')}
            value={providerText}
            rows={4}
            maxLength={5000}
            onChange={(e) => setProviderText(e.target.value)}
            {...fieldError('letters.providerText')}
          />
          <RadioButtonGroup
            name="referral-delivery"
            legendText={t('referral.delivery')}
            orientation="vertical"
            valueSelected={delivery}
            onChange={(value) => setDelivery(value as LetterDeliveryChoice)}
          >
            <RadioButton
              id="referral-send-now"
              value="SEND_NOW"
              labelText={t('referral.sendNow')}
            />
            <RadioButton
              id="referral-print-later"
              value="PRINT_LATER"
              labelText={t('referral.printLater')}
            />
          </RadioButtonGroup>
        </Stack>
      )}
    </Modal>
  );
}
