import { randomUUID } from 'node:crypto';
import { BigIntType, OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Permission } from '@casework/kit';

/**
 * Another system of the agency (finance, document management, reporting) that calls the API with
 * its own scopes (issue 17). Managed by agency administrators; its secrets are separate rows so
 * several can be valid at once while one is rotated.
 */
@Entity({ tableName: 'api_client' })
export class ApiClient {
  [OptionalProps]?:
    'createdAt' | 'revokedAt' | 'requests' | 'errors' | 'lastUsedAt' | 'rateLimitPerMinute';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** Who answers for the integration (a person or team, as the administrator wrote it). */
  @Property({ type: 'string', length: 200 })
  owner!: string;

  @Property({ type: 'text[]' })
  scopes!: Permission[];

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'int' })
  rateLimitPerMinute: number = 600;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: new BigIntType('number') })
  requests: number = 0;

  @Property({ type: new BigIntType('number') })
  errors: number = 0;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;
}
