import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Inquiry } from '../inquiry/inquiry.entity.js';
import { Provider } from '../provider/provider.entity.js';
import { MAX_HITS, ProviderRecordSearchService } from './provider-record-search.service.js';

@ObjectType({ description: 'Global search hits of the providers subgraph, grouped by kind' })
class ProviderRecordHits {
  @Field(() => [Provider], { description: 'By name' })
  providers!: Provider[];

  @Field({ description: 'More providers match than were returned' })
  moreProviders!: boolean;

  @Field(() => [Inquiry], { description: 'Inquiries whose reference starts with the text' })
  inquiries!: Inquiry[];
}

@Resolver()
export class ProviderRecordSearchResolver {
  @Query(() => ProviderRecordHits, {
    nullable: true,
    description: `Global search (agency staff): providers by name, reference (PR-) or email; inquiries (IQ-) by reference for those who may read them. At most ${MAX_HITS} hits a kind`,
  })
  providerRecordSearch(
    @Arg('search', { description: 'What was typed. At most 200 characters.' }) search: string,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    return new ProviderRecordSearchService(ctx).search(search, first);
  }
}
