import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ApplicationCase } from '../application/application-case.entity.js';
import { IntegratedCase } from '../integrated-case/integrated-case.entity.js';
import { Person } from '../person/person.entity.js';
import { MAX_HITS, RecordSearchService } from './record-search.service.js';

@ObjectType({ description: 'Global search hits of the cases subgraph, grouped by kind' })
class CaseRecordHits {
  @Field(() => [Person], {
    description: 'Best match first: exact reference, exact email, then name similarity',
  })
  persons!: Person[];

  @Field({ description: 'More persons match than were returned' })
  morePersons!: boolean;

  @Field(() => [IntegratedCase], { description: 'Cases whose reference starts with the text' })
  integratedCases!: IntegratedCase[];

  @Field(() => [ApplicationCase], {
    description: 'Applications whose reference starts with the text',
  })
  applications!: ApplicationCase[];
}

@Resolver()
export class RecordSearchResolver {
  @Query(() => CaseRecordHits, {
    nullable: true,
    description: `Global search (agency staff): persons by name (typos too), reference (P-), email or date of birth; cases (IC-) and applications (AP-) by reference. Only kinds the caller may read; at most ${MAX_HITS} hits a kind`,
  })
  caseRecordSearch(
    @Arg('search', { description: 'What was typed. At most 200 characters.' }) search: string,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    return new RecordSearchService(ctx).search(search, first);
  }
}
