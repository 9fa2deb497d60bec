import { type Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType } from 'type-graphql';
import { ProviderBranch } from '../branch/branch.entity.js';
import { Provider } from '../provider/provider.entity.js';

/** A person agency staff can reach at a provider organisation (not a portal sign-in). */
@Entity({ tableName: 'provider_contact' })
@Index({ name: 'provider_contact_provider_idx', properties: ['provider', 'name'] })
@ObjectType({ description: 'A contact person at a provider organisation' })
export class ProviderContact extends StoredRecord<'primary'> {
  @ManyToOne(() => Provider, { deleteRule: 'cascade' })
  provider!: Rel<Provider>;

  @ManyToOne(() => ProviderBranch, { nullable: true, deleteRule: 'set null' })
  @Field(() => ProviderBranch, { nullable: true, description: 'The branch this contact works at' })
  branch?: Rel<ProviderBranch> | null;

  @Property({ type: 'string', length: 200 })
  @Field()
  name!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Job title or responsibility' })
  position?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Property({ type: 'boolean' })
  @Field({ description: 'The first person to contact; at most one per organisation' })
  primary: boolean = false;
}
