import { Select, SelectItem } from '@carbon/react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './i18n.js';

/** A labelled language choice; the label is in the current language, each option in its own. */
export function LanguageSwitcher({ id = 'language' }: { id?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Select
      id={id}
      size="sm"
      inline
      labelText={t('common.language')}
      value={i18n.resolvedLanguage}
      onChange={(e) => void i18n.changeLanguage(e.target.value)}
    >
      {LANGUAGES.map((l) => (
        <SelectItem key={l.code} value={l.code} text={l.label} lang={l.code} />
      ))}
    </Select>
  );
}
