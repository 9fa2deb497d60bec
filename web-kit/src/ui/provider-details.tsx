import { Tile } from '@carbon/react';
import { useTranslation } from 'react-i18next';

export interface AddressView {
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country: string;
}

export function formatAddress(address: AddressView): string {
  return [address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country]
    .filter(Boolean)
    .join(', ');
}

export interface ProviderView {
  email?: string | null;
  phone?: string | null;
  address?: AddressView | null;
  preferredInquiryMethod?: string | null;
  preferredCommunicationMethod?: string | null;
}

/** A provider's contact details and preferences: the agency's provider page and the portal's profile. */
export function ProviderDetails({ provider }: { provider: ProviderView }) {
  const { t } = useTranslation();
  const notSet = <span className="cw-muted">{t('common.notSet')}</span>;
  return (
    <Tile>
      <h2 className="cds--type-heading-03">{t('provider.details')}</h2>
      <dl className="cw-details">
        <dt>{t('provider.address')}</dt>
        <dd>{provider.address ? formatAddress(provider.address) : notSet}</dd>
        <dt>{t('provider.phone')}</dt>
        <dd>{provider.phone ?? notSet}</dd>
        <dt>{t('provider.email')}</dt>
        <dd>{provider.email ?? notSet}</dd>
        <dt>{t('provider.preferredInquiryMethod')}</dt>
        <dd>
          {provider.preferredInquiryMethod
            ? t(`provider.InquiryMethod.${provider.preferredInquiryMethod}`)
            : t('provider.noPreference')}
        </dd>
        <dt>{t('provider.preferredCommunicationMethod')}</dt>
        <dd>
          {provider.preferredCommunicationMethod
            ? t(`contact.CommunicationMethod.${provider.preferredCommunicationMethod}`)
            : notSet}
        </dd>
      </dl>
    </Tile>
  );
}
