import { ErrorNotice } from '@casework/web-kit';
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
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../gql/index.js';
import { type InquiryMethod } from '../gql/graphql.js';

const ServicesQuery = graphql(`
  query InquiryServices {
    services {
      id
      code
      name
    }
  }
`);

const ProvidersForService = graphql(`
  query ProvidersForService($serviceId: ID!) {
    providers(serviceId: $serviceId, first: 100) {
      nodes {
        id
        name
        allowedInquiryMethods {
          method
          allowed
          reason
          reasonCode
        }
        statistics(serviceId: $serviceId) {
          answeredCount
          positiveShare
          medianHoursToFirstResponse
        }
      }
    }
  }
`);

const CreateInquiry = graphql(`
  mutation CreateInquiry($input: CreateInquiryInput!) {
    createInquiry(input: $input) {
      id
    }
  }
`);

const METHODS: InquiryMethod[] = ['EMAIL', 'INTERNET', 'PHONE'];

/**
 * Asks a provider whether it can deliver a service for the client in a period (R1.1). Providers of
 * the service are listed fastest-answering first; only the methods R1.8 allows can be chosen.
 */
export function NewInquiryModal({
  personId,
  caseId,
  onClose,
}: {
  personId: string;
  /** The integrated case the inquiry is for, when asked from the case page. */
  caseId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [serviceId, setServiceId] = useState('');
  const [providerId, setProviderId] = useState('');
  const [method, setMethod] = useState<InquiryMethod | ''>('');
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodTo, setPeriodTo] = useState('');
  const [details, setDetails] = useState('');
  const [spokeWith, setSpokeWith] = useState('');
  const services = useQuery(ServicesQuery);
  const providers = useQuery(ProvidersForService, { variables: { serviceId }, skip: !serviceId });
  const [create, created] = useMutation(CreateInquiry, { refetchQueries: ['AgencyInquiries'] });

  // Fastest median first answer first; providers without answered inquiries last.
  const sorted = useMemo(
    () =>
      [...(providers.data?.providers?.nodes ?? [])].sort(
        (a, b) =>
          (a.statistics.medianHoursToFirstResponse ?? Infinity) -
            (b.statistics.medianHoursToFirstResponse ?? Infinity) || a.name.localeCompare(b.name),
      ),
    [providers.data],
  );
  const provider = sorted.find((p) => p.id === providerId);

  const choose = (id: string) => {
    setProviderId(id);
    const allowed =
      sorted.find((p) => p.id === id)?.allowedInquiryMethods.filter((m) => m.allowed) ?? [];
    setMethod(allowed.length === 1 ? allowed[0]!.method : '');
  };

  const submit = () => {
    if (!method) return;
    void create({
      variables: {
        input: {
          personId,
          caseId: caseId ?? null,
          serviceId,
          providerId,
          method,
          periodFrom,
          periodTo,
          details,
          spokeWith: method === 'PHONE' ? spokeWith : null,
        },
      },
    }).then(
      (res) => {
        const id = res.data?.createInquiry?.id;
        if (id) void navigate(`/inquiries/${id}`);
      },
      () => undefined,
    );
  };

  return (
    <Modal
      open
      modalHeading={t('newInquiry.title')}
      primaryButtonText={t('newInquiry.send')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={
        created.loading || !method || !periodFrom || !periodTo || !details.trim()
      }
      onRequestClose={onClose}
      onRequestSubmit={submit}
      size="md"
    >
      <Stack gap={5}>
        <Select
          id="inquiry-service"
          labelText={t('inquiry.service')}
          value={serviceId}
          onChange={(e) => {
            setServiceId(e.target.value);
            setProviderId('');
            setMethod('');
          }}
        >
          <SelectItem value="" text={t('newInquiry.chooseService')} />
          {(services.data?.services ?? []).map((s) => (
            <SelectItem key={s.id} value={s.id} text={`${s.name} (${s.code})`} />
          ))}
        </Select>
        {serviceId && (
          <Select
            id="inquiry-provider"
            labelText={t('newInquiry.provider')}
            helperText={t('newInquiry.providerHelp')}
            value={providerId}
            onChange={(e) => choose(e.target.value)}
          >
            <SelectItem
              value=""
              text={sorted.length ? t('newInquiry.chooseProvider') : t('newInquiry.noProvider')}
            />
            {sorted.map((p) => (
              <SelectItem
                key={p.id}
                value={p.id}
                text={
                  p.statistics.medianHoursToFirstResponse === null ||
                  p.statistics.medianHoursToFirstResponse === undefined
                    ? `${p.name} – ${t('newInquiry.noAnswersYet')}`
                    : `${p.name} – ${t('newInquiry.stats', { hours: Math.round(p.statistics.medianHoursToFirstResponse), percent: Math.round((p.statistics.positiveShare ?? 0) * 100) })}`
                }
              />
            ))}
          </Select>
        )}
        {provider && (
          <RadioButtonGroup
            legendText={t('inquiry.method')}
            name="inquiry-method"
            orientation="vertical"
            valueSelected={method}
            onChange={(v) => setMethod(v as InquiryMethod)}
          >
            {METHODS.map((m) => {
              const option = provider.allowedInquiryMethods.find((o) => o.method === m);
              return (
                <RadioButton
                  key={m}
                  id={`method-${m}`}
                  value={m}
                  disabled={!option?.allowed}
                  labelText={
                    option?.allowed
                      ? t(`provider.InquiryMethod.${m}`)
                      : `${t(`provider.InquiryMethod.${m}`)} – ${t('newInquiry.notAllowed')}: ${t(`methodRefusal.${option?.reasonCode}`, { defaultValue: option?.reason ?? '' })}`
                  }
                />
              );
            })}
          </RadioButtonGroup>
        )}
        <div className="cw-row">
          <TextInput
            id="inquiry-from"
            type="date"
            labelText={t('newInquiry.from')}
            value={periodFrom}
            onChange={(e) => setPeriodFrom(e.target.value)}
          />
          <TextInput
            id="inquiry-to"
            type="date"
            labelText={t('newInquiry.to')}
            value={periodTo}
            onChange={(e) => setPeriodTo(e.target.value)}
          />
        </div>
        <TextArea
          id="inquiry-details"
          labelText={t('inquiry.details')}
          rows={4}
          value={details}
          onChange={(e) => setDetails(e.target.value)}
        />
        {method === 'PHONE' && (
          <TextInput
            id="inquiry-spoke-with"
            labelText={t('newInquiry.spokeWith')}
            value={spokeWith}
            onChange={(e) => setSpokeWith(e.target.value)}
          />
        )}
        {created.error && <ErrorNotice error={created.error} />}
      </Stack>
    </Modal>
  );
}
