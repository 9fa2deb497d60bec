import { type Rel } from '@mikro-orm/core';
import { Embedded, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Address, StoredRecord } from '@casework/kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';

export enum BranchKind {
  BRANCH = 'BRANCH',
  SUBSIDIARY = 'SUBSIDIARY',
}

registerEnumType(BranchKind, {
  name: 'BranchKind',
  description: 'A branch belongs to the organisation; a subsidiary is a separate legal entity',
});

/**
 * A branch or subsidiary of a provider organisation: the accounts that administrative requests
 * (billing, payments, contracts) are raised for.
 */
@Entity({ tableName: 'provider_branch' })
@Index({ name: 'provider_branch_provider_idx', properties: ['provider', 'name'] })
@ObjectType({ description: 'A branch or subsidiary of a provider organisation' })
export class ProviderBranch extends StoredRecord<'active'> {
  @ManyToOne(() => Provider, { deleteRule: 'cascade' })
  provider!: Rel<Provider>;

  @Property({ type: 'string', length: 200 })
  @Field()
  name!: string;

  @Enum({ items: () => BranchKind, nativeEnumName: 'branch_kind' })
  @Field(() => BranchKind)
  kind!: BranchKind;

  @Embedded(() => Address, { nullable: true, prefix: 'address_' })
  @Field(() => Address, { nullable: true })
  address?: Address | null;

  @Property({ type: 'string', length: 254, nullable: true })
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Property({ type: 'string', length: 34, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Bank account (IBAN) payments to this branch or subsidiary go to',
  })
  iban?: string | null;

  @Property({ type: 'boolean' })
  @Field({ description: 'Closed branches stay on record but cannot be chosen for new requests' })
  active: boolean = true;
}
