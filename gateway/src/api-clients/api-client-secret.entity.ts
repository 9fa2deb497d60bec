import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One secret of an API client, stored only as a SHA-256 hash (the secret is 256 random bits, so a
 * slow password hash adds nothing and would cost every X-Api-Key request). Shown once.
 */
@Entity({ tableName: 'api_client_secret' })
@Index({ properties: ['clientId'] })
export class ApiClientSecret {
  [OptionalProps]?: 'createdAt' | 'revokedAt' | 'lastUsedAt' | 'expiresAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  clientId!: string;

  @Property({ type: 'string', length: 64, hidden: true })
  hash!: string;

  /** The last characters, so administrators can tell secrets apart. */
  @Property({ type: 'string', length: 8 })
  hint!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;
}
