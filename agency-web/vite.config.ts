import { webAppConfig } from '@casework/web-kit/vite';

export default webAppConfig('/agency/', 5173);
