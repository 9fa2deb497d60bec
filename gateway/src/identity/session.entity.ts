import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A server-side sign-in session (issue 14): the token carries its id,
 * and the gateway refuses a token whose session is revoked or expired.
 */
@Entity({ tableName: 'session' })
@Index({ properties: ['accountId'] })
export class Session {
  [OptionalProps]?: 'createdAt' | 'lastSeenAt' | 'revokedAt' | 'revokedReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  /** Why: sign-out, sign-out-everywhere, password-changed, disabled, role-changed, admin. */
  @Property({ type: 'string', length: 40, nullable: true })
  revokedReason?: string | null;

  @Property({ type: 'datetime' })
  lastSeenAt: Date = new Date();
}
