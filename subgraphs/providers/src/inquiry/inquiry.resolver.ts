import {
  ConnectionType,
  type PersonKey,
  personRef,
  type JobsContext,
  selectionTree,
} from '@casework/kit';
import { type GraphQLResolveInfo } from 'graphql';
import { Person } from '../person/person.type.js';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';
import { type ProviderFields } from '../provider/provider-row.js';
import { Service } from '../service/service.entity.js';
import { type ServiceFields } from '../service/service-row.js';
import { InquiryStatus } from './inquiry-status.js';
import { InquiryMessage } from './inquiry-message.entity.js';
import { Inquiry } from './inquiry.entity.js';
import {
  AnswerInquiryInput,
  CreateInquiryInput,
  InquiryAnswer,
  InquiryMessageInput,
  RecordInquiryAnswerInput,
} from './inquiry.input.js';
import { InquiryService } from './inquiry.service.js';
import { type InquiryFields } from './inquiry-rows.js';

@ObjectType({ description: 'A page of inquiries, newest first' })
export class InquiryConnection extends ConnectionType(Inquiry) {}

@InputType({ description: 'Which inquiries to list; all given conditions apply' })
class InquiryFilterInput {
  @Field(() => ID, { nullable: true })
  providerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The client (Person id)' })
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the inquiries I made' })
  mine?: boolean | null;

  @Field(() => InquiryStatus, { nullable: true })
  status?: InquiryStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only open inquiries (SENT or MORE_INFORMATION_REQUESTED)',
  })
  open?: boolean | null;
}

@ArgsType()
class InquiriesArgs {
  @Field(() => InquiryFilterInput, { nullable: true })
  filter?: InquiryFilterInput | null;

  @Field(() => Int, { defaultValue: 20 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Resolver(() => Inquiry)
export class InquiryResolver {
  @Query(() => Inquiry, {
    nullable: true,
    description: 'One inquiry (provider users: their organisation\u2019s portal inquiries)',
  })
  inquiry(@Arg('id', () => ID) id: string, @Ctx() ctx: JobsContext): Promise<Inquiry> {
    return new InquiryService(ctx).get(id);
  }

  @Query(() => InquiryConnection, { nullable: true, description: 'Inquiries, newest first' })
  inquiries(
    @Args(() => InquiriesArgs) args: InquiriesArgs,
    @Ctx() ctx: JobsContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const selected = selectionTree(info);
    return new InquiryService(ctx).list(args.filter ?? {}, args, {
      total: 'totalCount' in selected,
      nodes: selected.nodes ?? {},
    });
  }

  @Mutation(() => Inquiry, {
    description: 'Sends an inquiry by an allowed method (R1.1-R1.4, R1.8)',
  })
  createInquiry(
    @Arg('input', () => CreateInquiryInput) input: CreateInquiryInput,
    @Ctx() ctx: JobsContext,
  ): Promise<Inquiry> {
    return new InquiryService(ctx).create(input);
  }

  @Mutation(() => Inquiry, {
    description: 'The provider answers an internet inquiry in the portal (R1.5, R1.7)',
  })
  answerInquiry(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AnswerInquiryInput) input: AnswerInquiryInput,
    @Ctx() ctx: JobsContext,
  ): Promise<Inquiry> {
    return new InquiryService(ctx).answer(id, input);
  }

  @Mutation(() => Inquiry, { description: 'Records an answer that came by email or phone (R1.6)' })
  recordInquiryAnswer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RecordInquiryAnswerInput) input: RecordInquiryAnswerInput,
    @Ctx() ctx: JobsContext,
  ): Promise<Inquiry> {
    return new InquiryService(ctx).recordAnswer(id, input);
  }

  @Mutation(() => Inquiry, { description: 'Takes an open inquiry back' })
  withdrawInquiry(@Arg('id', () => ID) id: string, @Ctx() ctx: JobsContext): Promise<Inquiry> {
    return new InquiryService(ctx).withdraw(id);
  }

  @Mutation(() => Inquiry, {
    description: 'The provider asks the caseworker for more information (R1.5)',
  })
  requestMoreInformation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => InquiryMessageInput) input: InquiryMessageInput,
    @Ctx() ctx: JobsContext,
  ): Promise<Inquiry> {
    return new InquiryService(ctx).requestMoreInformation(id, input);
  }

  @Mutation(() => Inquiry, {
    description:
      "The caseworker answers the provider's question; the inquiry waits for the provider again",
  })
  provideMoreInformation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => InquiryMessageInput) input: InquiryMessageInput,
    @Ctx() ctx: JobsContext,
  ): Promise<Inquiry> {
    return new InquiryService(ctx).provideMoreInformation(id, input);
  }

  @FieldResolver(() => [InquiryMessage], {
    description: 'The more-information thread, oldest first',
  })
  messages(@Root() inquiry: InquiryFields, @Ctx() ctx: JobsContext): Promise<InquiryMessage[]> {
    return ctx.loaders
      .get<string, InquiryMessage[]>('inquiryMessages', (ids) =>
        new InquiryService(ctx).messagesOf(ids),
      )
      .load(inquiry.id);
  }

  @FieldResolver(() => Provider)
  provider(@Root() inquiry: InquiryFields): ProviderFields {
    return inquiry.provider;
  }

  @FieldResolver(() => Service)
  service(@Root() inquiry: InquiryFields): ServiceFields {
    return inquiry.service;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      'The client the inquiry is about; provider users see only its name (other fields are FORBIDDEN)',
  })
  client(@Root() inquiry: InquiryFields): PersonKey {
    return personRef(inquiry.personId);
  }

  @FieldResolver(() => InquiryAnswer, {
    nullable: true,
    description: 'The answer, once there is one',
  })
  answer(@Root() inquiry: InquiryFields): InquiryAnswer | null {
    if (inquiry.status === InquiryStatus.ANSWERED_AVAILABLE) return InquiryAnswer.CAN_DELIVER;
    if (inquiry.status === InquiryStatus.ANSWERED_NOT_AVAILABLE)
      return InquiryAnswer.CANNOT_DELIVER;
    return null;
  }
}
