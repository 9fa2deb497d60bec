import { webAppConfig } from '@casework/web-kit/vite';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';

// Two pages: the app, and the API explorer (GraphiQL) the gateway serves when API_EXPLORER is on.
export default mergeConfig(webAppConfig('/agency/', 5173), {
  build: {
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
      },
    },
  },
});
