import { backendTestConfig } from '@casework/testing/vitest';

export default backendTestConfig;
