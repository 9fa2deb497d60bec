import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import { IsOptional, Length, Matches } from 'class-validator';
import { Directive, Field, InputType, ObjectType } from 'type-graphql';

/** A postal address, embedded in the entity that owns it (person, provider). */
@Embeddable()
@ObjectType({ description: 'A postal address' })
@Directive('@shareable')
export class Address {
  @Property({ type: 'string', length: 200 })
  @Field()
  line1!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Property({ type: 'string', length: 20 })
  @Field()
  postalCode!: string;

  @Property({ type: 'string', length: 100 })
  @Field()
  city!: string;

  @Property({ type: 'string', length: 2 })
  @Field({ description: 'ISO 3166-1 alpha-2 country code' })
  country!: string;
}

@InputType()
export class AddressInput {
  @Field()
  @Length(1, 200)
  line1!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  line2?: string | null;

  @Field()
  @Length(1, 20)
  postalCode!: string;

  @Field()
  @Length(1, 100)
  city!: string;

  @Field()
  @Matches(/^[A-Z]{2}$/, {
    message: 'country must be a two-letter ISO code such as DE or IT',
    context: { code: 'INVALID_COUNTRY' },
  })
  country!: string;
}
