import { type Identity, Role } from '@casework/kit';
import { testIdentity, type TestSubgraph } from '@casework/testing';
import { PortalAccount, PortalAccountStatus, PortalRole } from './portal-account.entity.js';

/**
 * A provider user with a real, active portal account (the subgraph refuses portal identities
 * without one), as the gateway would sign them in.
 */
export async function portalIdentity(
  subgraph: TestSubgraph,
  providerId: string,
  {
    name = 'Portal User',
    admin = false,
    email,
  }: { name?: string; admin?: boolean; email?: string } = {},
): Promise<Identity> {
  const em = subgraph.orm.em.fork();
  const account = em.create(PortalAccount, {
    provider: providerId,
    email: email ?? `${crypto.randomUUID()}@portal.example`,
    name,
    role: admin ? PortalRole.PROVIDER_ADMIN : PortalRole.PROVIDER_USER,
    status: PortalAccountStatus.ACTIVE,
    activatedAt: new Date(),
  });
  await em.flush();
  return testIdentity([admin ? Role.PROVIDER_ADMIN : Role.PROVIDER_USER], {
    id: account.id,
    name,
    email: account.email,
    organisationId: providerId,
  });
}
