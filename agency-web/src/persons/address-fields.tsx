import { TextInput } from '@carbon/react';
import { useTranslation } from 'react-i18next';

export interface AddressDraft {
  line1: string;
  postalCode: string;
  city: string;
  country: string;
}

type OnChange = (e: { target: { value: string } }) => void;

/** A postal address as the persons' forms ask for it; `idPrefix` keeps the inputs' ids unique. */
export function AddressFields({
  idPrefix,
  value,
  set,
}: {
  idPrefix: string;
  value: AddressDraft;
  set: (key: keyof AddressDraft) => OnChange;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        id={`${idPrefix}-line1`}
        labelText={t('register.line1')}
        value={value.line1}
        onChange={set('line1')}
      />
      <TextInput
        id={`${idPrefix}-postal`}
        labelText={t('register.postalCode')}
        value={value.postalCode}
        onChange={set('postalCode')}
      />
      <TextInput
        id={`${idPrefix}-city`}
        labelText={t('register.city')}
        value={value.city}
        onChange={set('city')}
      />
      <TextInput
        id={`${idPrefix}-country`}
        labelText={t('register.country')}
        helperText={t('register.countryHelp')}
        value={value.country}
        onChange={set('country')}
      />
    </>
  );
}
