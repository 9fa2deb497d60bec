export { identityStore } from './identity/identity-store.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './identity/demo-accounts.js';
export { signSessionToken, verifySessionToken } from './identity/session-token.js';
export { mintSessionToken } from './identity/session-minting.js';
