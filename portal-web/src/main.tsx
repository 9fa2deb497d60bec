import '@casework/web-kit/styles.scss';
import { initI18n } from '@casework/web-kit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import de from './locales/de.json';
import en from './locales/en.json';
import it from './locales/it.json';

initI18n({ en, de, it });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
