import { Collection } from '@mikro-orm/core';
import {
  Embedded,
  Entity,
  Enum,
  Index,
  ManyToMany,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Address, CommunicationMethod, StoredRecord } from '@casework/kit';
import { Directive, Field, ObjectType } from 'type-graphql';
import { EmailStatus } from './email-status.js';
import { Service } from '../service/service.entity.js';
import { InquiryMethod } from './inquiry-method.js';

@Entity({ tableName: 'provider' })
@Index({ name: 'provider_name_idx', properties: ['name', 'id'] })
@ObjectType({ description: 'An organisation that delivers services to clients' })
@Directive('@key(fields: "id")')
export class Provider extends StoredRecord<'emailStatus'> {
  @Property({ type: 'string', length: 20 })
  @Unique()
  @Field({ description: 'Human-facing reference number, such as PR-4H7K2M9Q' })
  reference!: string;

  @Property({ type: 'string', length: 200 })
  @Field()
  name!: string;

  @Embedded(() => Address, { nullable: true, prefix: 'address_' })
  @Field(() => Address, { nullable: true })
  address?: Address | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Enum({ items: () => EmailStatus, nativeEnumName: 'email_status' })
  @Field(() => EmailStatus, {
    description: 'Set by staff when mail bounces or the address is wrong (R1.8)',
  })
  emailStatus: EmailStatus = EmailStatus.OK;

  @Enum({ items: () => InquiryMethod, nativeEnumName: 'inquiry_method', nullable: true })
  @Field(() => InquiryMethod, {
    nullable: true,
    description: 'Set at registration; when set, the only method inquiries may use (R1.8a)',
  })
  preferredInquiryMethod?: InquiryMethod | null;

  @Enum({
    items: () => CommunicationMethod,
    nativeEnumName: 'communication_method',
    nullable: true,
  })
  @Field(() => CommunicationMethod, { nullable: true })
  preferredCommunicationMethod?: CommunicationMethod | null;

  /** Services from the catalogue that the provider offers (exposed as `servicesOffered`). */
  @ManyToMany(() => Service, undefined, { pivotTable: 'provider_service', owner: true })
  services = new Collection<Service>(this);
}
