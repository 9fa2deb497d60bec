import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { type Role } from '@casework/kit';

/** A local sign-in account. Passwords are stored only as argon2id hashes. */
@Entity({ tableName: 'account' })
export class Account {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | 'disabled' | 'clearance';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: 'text[]' })
  roles!: Role[];

  /** The provider organisation of a portal account. */
  @Property({ type: 'uuid', nullable: true })
  organisationId?: string | null;

  /** Highest note sensitivity level (1-3) the account may read. */
  @Property({ type: 'smallint' })
  clearance: number = 1;

  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  lastSignInAt?: Date | null;

  @Property({ version: true })
  version!: number;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
