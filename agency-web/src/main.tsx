import '@casework/web-kit/styles.scss';
import { startApp } from '@casework/web-kit';
import { App } from './app.js';
import de from './locales/de.json';
import en from './locales/en.json';
import it from './locales/it.json';

startApp(App, { en, de, it });
