import { backendTestConfig } from './vitest.shared.js';

export default backendTestConfig;
