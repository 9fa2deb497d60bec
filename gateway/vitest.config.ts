import { backendTestConfig } from '@casework/kit/vitest';

export default backendTestConfig;
