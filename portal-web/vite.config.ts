import { webAppConfig } from '@casework/web-kit/vite';

export default webAppConfig('/portal/', 5174);
