import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n/i18n.js';
import { announceFieldErrors } from '../ui/announce-field-errors.js';
import { focusScrollableTables } from '../ui/focus-scrollable-tables.js';

type Resources = Parameters<typeof initI18n>[0];

/**
 * Starts an app in `#root`: translations, announced field errors, reachable scrolling tables,
 * React in strict mode.
 */
export function startApp(App: ComponentType, translations: Resources): void {
  initI18n(translations);
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root element');
  announceFieldErrors(root);
  focusScrollableTables(root);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
