import { AuditEntry, loadAuditTrail, ConnectionType, type RequestContext } from '@casework/kit';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  FieldResolver,
  Root,
} from 'type-graphql';
import { Person, PersonKind } from './person.entity.js';
import {
  RegisterPersonInput,
  RegisterProspectPersonInput,
  UpdatePersonInput,
} from './person.input.js';
import { PersonService } from './person.service.js';

@ObjectType({ description: 'A page of persons' })
export class PersonConnection extends ConnectionType(Person) {}

@ArgsType()
class PersonsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words matched against names, reference, email and date of birth (YYYY-MM-DD or DD.MM.YYYY); names also match with typos',
  })
  search?: string | null;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => PersonKind, { nullable: true, description: 'Only persons or only prospects' })
  kind?: PersonKind | null;
}

@ArgsType()
class DuplicateArgs {
  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfBirth?: string | null;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id' })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Person> {
    return new PersonService(ctx).get(id);
  }

  @Query(() => PersonConnection, {
    nullable: true,
    description: 'Persons ordered by family and given name',
  })
  persons(@Args(() => PersonsArgs) args: PersonsArgs, @Ctx() ctx: RequestContext) {
    return new PersonService(ctx).search(args);
  }

  @Query(() => [Person], {
    nullable: true,
    description:
      'Persons and prospects who may be the one being registered (similar name, same or unknown date of birth)',
  })
  possibleDuplicates(@Args(() => DuplicateArgs) args: DuplicateArgs, @Ctx() ctx: RequestContext) {
    return new PersonService(ctx).possibleDuplicates(args);
  }

  @Mutation(() => Person, {
    description: 'Registers a prospect person with minimal details (R4.5)',
  })
  registerProspectPerson(
    @Arg('input', () => RegisterProspectPersonInput) input: RegisterProspectPersonInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new PersonService(ctx).registerProspect(input);
  }

  @Mutation(() => Person, {
    description:
      'Completes a prospect (date of birth and address required) and makes it a person (R4.5)',
  })
  convertProspectToPerson(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePersonInput) input: UpdatePersonInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new PersonService(ctx).convertProspect(id, input);
  }

  @FieldResolver(() => [AuditEntry], {
    description:
      'Changes to the person, newest first (R6.3); changes to its communication exceptions are on each exception (`CommunicationException.auditTrail`)',
  })
  auditTrail(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return loadAuditTrail(ctx, person.id);
  }

  @Mutation(() => Person, { description: 'Registers a person as a client of the agency' })
  registerPerson(
    @Arg('input', () => RegisterPersonInput) input: RegisterPersonInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new PersonService(ctx).register(input);
  }

  @Mutation(() => Person, {
    description: 'Changes a person; fails with CONFLICT if someone changed it since you read it',
  })
  updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePersonInput) input: UpdatePersonInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new PersonService(ctx).update(id, input);
  }
}
