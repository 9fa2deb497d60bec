import { ErrorNotice } from '@casework/web-kit';
import { useMutation, useQuery } from '@apollo/client/react';
import { Modal, Select, SelectItem, Stack, TextInput } from '@carbon/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.js';

const ProviderChoices = graphql(`
  query DeliveryProviders {
    providers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const AddService = graphql(`
  mutation AddServiceDelivery($caseId: ID!, $input: ServiceDeliveryInput!) {
    addServiceDelivery(caseId: $caseId, input: $input) {
      id
    }
  }
`);

const AddProduct = graphql(`
  mutation AddProductDelivery($caseId: ID!, $input: ProductDeliveryInput!) {
    addProductDelivery(caseId: $caseId, input: $input) {
      id
    }
  }
`);

const refetch = { refetchQueries: ['IntegratedCase'], awaitRefetchQueries: true };
const today = () => new Date().toISOString().slice(0, 10);

/** Adds a product delivery or a service delivery with provider (R4.3); referrals: ReferralModal. */
export function AddDeliveryModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'product' | 'service'>('service');
  const [name, setName] = useState('');
  const [providerId, setProviderId] = useState('');
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState('');
  const providers = useQuery(ProviderChoices, { skip: kind === 'product' });
  const [addService, s] = useMutation(AddService, refetch);
  const [addProduct, p] = useMutation(AddProduct, refetch);
  const error = s.error ?? p.error;
  const submit = () => {
    const run =
      kind === 'product'
        ? addProduct({
            variables: { caseId, input: { product: name, periodFrom: from, periodTo: to || null } },
          })
        : addService({
            variables: {
              caseId,
              input: {
                service: name,
                providerId: providerId || null,
                periodFrom: from,
                periodTo: to || null,
              },
            },
          });
    void run.then(onClose, () => undefined);
  };
  return (
    <Modal
      open
      modalHeading={t('casePage.add')}
      primaryButtonText={t('common.save')}
      secondaryButtonText={t('common.cancel')}
      primaryButtonDisabled={s.loading || p.loading || !name.trim() || !from}
      onRequestClose={onClose}
      onRequestSubmit={submit}
    >
      <Stack gap={5}>
        {error && <ErrorNotice error={error} />}
        <Select
          id="add-kind"
          labelText={t('casePage.addKind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
          data-modal-primary-focus
        >
          <SelectItem value="service" text={t('casePage.serviceDelivery')} />
          <SelectItem value="product" text={t('casePage.productDelivery')} />
        </Select>
        <TextInput
          id="add-name"
          labelText={kind === 'product' ? t('casePage.product') : t('casePage.service')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        {kind !== 'product' && (
          <Select
            id="add-provider"
            labelText={t('casePage.provider')}
            value={providerId}
            onChange={(e) => setProviderId(e.target.value)}
          >
            <SelectItem value="" text={t('common.notSet')} />
            {(providers.data?.providers?.nodes ?? []).map((x) => (
              <SelectItem key={x.id} value={x.id} text={x.name} />
            ))}
          </Select>
        )}
        <TextInput
          id="add-from"
          labelText={t('casePage.from')}
          helperText={t('dates.format')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextInput
          id="add-to"
          labelText={t('casePage.to')}
          helperText={t('dates.format')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </Stack>
    </Modal>
  );
}
