/**
 * NOTIFY channel on which a service that owns accounts (the providers subgraph for portal
 * accounts) tells the gateway to end an account's sessions: it was disabled or its role changed.
 * Every gateway replica listens; revoking is idempotent.
 */
export const ACCOUNT_SESSION_EVENTS = 'account_session_events';

export interface AccountSessionEvent {
  accountId: string;
  reason: 'disabled' | 'role-changed';
}
