import { describe, expect, it } from 'vitest';
import { can, permissionsOf } from './permissions.js';
import { Role } from './roles.js';

describe('permissionsOf', () => {
  it('R6.2: lists exactly what `can` allows, so the apps show what the server permits', () => {
    for (const role of Object.values(Role)) {
      const listed = permissionsOf([role]);
      const identity = { id: 'x', name: 'x', email: 'x', roles: [role], clearance: 1 };
      expect(listed.length).toBeGreaterThan(0);
      for (const permission of listed) expect(can(identity, permission)).toBe(true);
    }
    expect(permissionsOf([Role.SUPPORT_AGENT])).toEqual([
      'provider:read',
      'admin-request:handle',
      'file:administrative-request',
      'app:agency',
    ]);
  });

  it('R5.1: only provider administrators administer their own organisation', () => {
    expect(permissionsOf([Role.PROVIDER_ADMIN])).toContain('provider:administer-own');
    expect(permissionsOf([Role.PROVIDER_USER])).not.toContain('provider:administer-own');
    expect(permissionsOf([Role.CASEWORKER, Role.SUPERVISOR])).toContain('application:decide');
  });

  it('R6.2: an API client may do only what its roles allow and its scopes name', () => {
    const client = { id: 'c', name: 'Finance', email: 'c', roles: [Role.INTEGRATOR], clearance: 0 };
    expect(can({ ...client, scopes: ['provider:read'] }, 'provider:read')).toBe(true);
    expect(can({ ...client, scopes: ['provider:read'] }, 'provider:write')).toBe(false);
    // A scope the role does not hold grants nothing.
    expect(can({ ...client, scopes: ['service:manage'] }, 'service:manage')).toBe(false);
    expect(can({ ...client, scopes: [] }, 'provider:read')).toBe(false);
    expect(can(client, 'provider:write')).toBe(true);
  });
});
