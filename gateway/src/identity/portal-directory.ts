import { GATEWAY_SYSTEM_IDENTITY, signInternalToken } from '@casework/kit';

export interface PortalInvitation {
  accountId: string;
  email: string;
  name: string;
  role: string;
  providerId: string;
  providerName: string;
}

interface GraphQLReply<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The gateway could not reach the providers subgraph, or it failed. */
export class DirectoryUnavailable extends Error {}

/** The invitation token is unknown, used, replaced or expired. */
export class InvalidInvitation extends Error {}

const INVITATION_FIELDS = 'accountId email name role providerId providerName';

/**
 * The providers subgraph owns portal accounts; the gateway asks it (as itself, through fields
 * that are @inaccessible to clients) about invitations and whether a portal user may sign in.
 */
export class PortalDirectory {
  constructor(
    private readonly providersUrl: string,
    private readonly internalSecret: string,
  ) {}

  private async call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    let reply: GraphQLReply<T>;
    try {
      const res = await fetch(this.providersUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Internal ${await signInternalToken(GATEWAY_SYSTEM_IDENTITY, this.internalSecret)}`,
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(5000),
      });
      reply = (await res.json()) as GraphQLReply<T>;
    } catch (error) {
      throw new DirectoryUnavailable(`providers subgraph unreachable: ${String(error)}`);
    }
    const error = reply.errors?.[0];
    if (error?.extensions?.code === 'BAD_USER_INPUT') throw new InvalidInvitation(error.message);
    if (error || !reply.data) throw new DirectoryUnavailable(error?.message ?? 'no data');
    return reply.data;
  }

  async invitation(token: string): Promise<PortalInvitation> {
    const data = await this.call<{ portalInvitation: PortalInvitation }>(
      `query($token: String!) { portalInvitation(token: $token) { ${INVITATION_FIELDS} } }`,
      { token },
    );
    return data.portalInvitation;
  }

  async accept(token: string): Promise<PortalInvitation> {
    const data = await this.call<{ acceptPortalInvitation: PortalInvitation }>(
      `mutation($token: String!) { acceptPortalInvitation(token: $token) { ${INVITATION_FIELDS} } }`,
      { token },
    );
    return data.acceptPortalInvitation;
  }

  /** ACTIVE, INVITED, DISABLED, or null when the providers subgraph has no such account. */
  async statusOf(accountId: string): Promise<string | null> {
    const data = await this.call<{ portalAccountStatus: string | null }>(
      `query($id: ID!) { portalAccountStatus(id: $id) }`,
      { id: accountId },
    );
    return data.portalAccountStatus;
  }
}
