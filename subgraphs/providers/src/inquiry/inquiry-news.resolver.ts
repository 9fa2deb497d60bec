import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Inquiry } from './inquiry.entity.js';
import { InquiryNewsService } from './inquiry-news.service.js';

@ObjectType({ description: 'Answers to my inquiries since I last marked them seen' })
class InquiryNews {
  @Field(() => Date, { nullable: true, description: 'When I last marked them seen (never: null)' })
  lookedAt!: Date | null;

  @Field(() => Int)
  answeredCount!: number;

  @Field(() => [Inquiry], { description: 'Newest answer first' })
  answered!: Inquiry[];
}

@Resolver()
export class InquiryNewsResolver {
  @Query(() => InquiryNews, {
    nullable: true,
    description: 'Answers to my inquiries received since I last looked (start page)',
  })
  myInquiryNews(
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    return new InquiryNewsService(ctx).news(first);
  }

  @Mutation(() => Date, {
    nullable: true,
    description: 'Marks the answers to my inquiries seen (start page)',
  })
  markInquiryNewsSeen(@Ctx() ctx: RequestContext) {
    return new InquiryNewsService(ctx).markSeen();
  }
}
