import { ConnectionType, type RequestContext } from '@casework/kit';
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
} from 'type-graphql';
import { Person } from './person.entity.js';
import { RegisterPersonInput, UpdatePersonInput } from './person.input.js';
import { PersonService } from './person.service.js';

@ObjectType({ description: 'A page of persons' })
export class PersonConnection extends ConnectionType(Person) {}

@ArgsType()
class PersonsArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words matched against names, reference and email',
  })
  search?: string | null;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
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
