import { type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';

export enum PortalRole {
  PROVIDER_USER = 'PROVIDER_USER',
  PROVIDER_ADMIN = 'PROVIDER_ADMIN',
}

export enum PortalAccountStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(PortalRole, { name: 'PortalRole' });
registerEnumType(PortalAccountStatus, { name: 'PortalAccountStatus' });

/** A person of a provider organisation who uses the provider portal (the domain side of the account). */
@Entity({ tableName: 'portal_account' })
@Index({ name: 'portal_account_provider_idx', properties: ['provider', 'status'] })
@ObjectType({ description: 'A provider-portal account of a provider organisation' })
export class PortalAccount extends StoredRecord<'status'> {
  @ManyToOne(() => Provider, { deleteRule: 'cascade' })
  provider!: Rel<Provider>;

  @Property({ type: 'string', length: 254 })
  @Unique()
  @Field()
  email!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  name!: string;

  @Enum({ items: () => PortalRole, nativeEnumName: 'portal_role' })
  @Field(() => PortalRole)
  role!: PortalRole;

  @Enum({ items: () => PortalAccountStatus, nativeEnumName: 'portal_account_status' })
  @Field(() => PortalAccountStatus)
  status: PortalAccountStatus = PortalAccountStatus.INVITED;

  /** SHA-256 of the open invitation's token; the token itself is only in the mail. */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  @Unique({ name: 'portal_account_invitation_unique' })
  invitationTokenHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the open invitation stops working' })
  invitationExpiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the user set their password' })
  activatedAt?: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who invited the user' })
  invitedBy?: string | null;
}
