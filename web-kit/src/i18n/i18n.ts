import i18next, { type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.json';
import en from './locales/en.json';
import it from './locales/it.json';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
  { code: 'it', label: 'Italiano' },
] as const;

type Messages = Record<string, unknown>;

/**
 * English, German and Italian: the app's own texts over the shared ones. The browser's language
 * is the default; a choice made in the app is remembered.
 */
export function initI18n(app: { en: Messages; de: Messages; it: Messages }) {
  const resources: Resource = {
    en: { translation: { ...en, ...app.en } },
    de: { translation: { ...de, ...app.de } },
    it: { translation: { ...it, ...app.it } },
  };
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: LANGUAGES.map((l) => l.code),
      nonExplicitSupportedLngs: true,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        caches: ['localStorage'],
        lookupLocalStorage: 'casework.language',
      },
    });
  i18next.on('languageChanged', (lng) => document.documentElement.setAttribute('lang', lng));
  document.documentElement.setAttribute('lang', i18next.resolvedLanguage ?? 'en');
  return i18next;
}
