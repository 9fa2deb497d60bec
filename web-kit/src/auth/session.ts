export interface SessionUser {
  id: string;
  name: string;
  email: string;
  roles: string[];
  /** What the roles may do, from the server's one permission table (`GET /auth/me`). */
  permissions: string[];
  organisationId?: string;
  clearance: number;
}

/** A refused input of the gateway's /auth routes: a stable code (kit's REFUSALS) to translate. */
export interface RestFieldError {
  field: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

export class SignInError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: RestFieldError[] = [],
  ) {
    super(message);
  }
}

async function send(path: string, init?: RequestInit): Promise<Response> {
  return fetch(path, { credentials: 'same-origin', ...init });
}

/** Who is signed in (from the httpOnly session cookie), or null. */
export async function fetchSessionUser(): Promise<SessionUser | null> {
  const res = await send('/auth/me');
  if (res.status === 401) return null;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { user: SessionUser }).user;
}

export async function signIn(email: string, password: string): Promise<SessionUser> {
  const res = await send('/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json().catch(() => ({}))) as {
    user?: SessionUser;
    error?: { code: string; message: string };
  };
  if (!res.ok || !body.user)
    throw new SignInError(
      body.error?.code ?? 'UNKNOWN',
      body.error?.message ?? `HTTP ${res.status}`,
    );
  return body.user;
}

export async function signOut(): Promise<void> {
  await send('/auth/sign-out', { method: 'POST' });
}

/**
 * Sets the password of an invited portal user with the token from the invitation link; the
 * gateway signs them in (session cookie). Errors say which input was refused.
 */
export async function acceptInvitation(token: string, password: string): Promise<SessionUser> {
  const res = await send('/auth/accept-invitation', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password }),
  });
  const body = (await res.json().catch(() => ({}))) as {
    user?: SessionUser;
    error?: { code: string; message: string; fields?: RestFieldError[] };
  };
  if (!res.ok || !body.user) {
    const fields = body.error?.fields ?? [];
    const field = fields[0];
    const code =
      field?.code === 'INVALID_INVITATION'
        ? 'INVALID_INVITATION'
        : field?.field === 'password'
          ? 'WEAK_PASSWORD'
          : null;
    throw new SignInError(
      code ?? body.error?.code ?? 'UNKNOWN',
      body.error?.message ?? `HTTP ${res.status}`,
      fields,
    );
  }
  return body.user;
}
