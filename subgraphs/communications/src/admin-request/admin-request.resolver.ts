import { ConnectionType, type RequestContext } from '@casework/kit';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { Provider, providerRef } from '../provider/provider.type.js';
import { AdminRequestStatus } from './admin-request-enums.js';
import { ADMIN_REQUEST_FILES_AVAILABLE } from './admin-request-files.js';
import { AdminRequestFigures, adminRequestFigures } from './admin-request-figures.js';
import { AdminRequestHistory } from './admin-request-history.entity.js';
import { AdminRequestInternalNote } from './admin-request-internal-note.entity.js';
import { AdminRequestMessage } from './admin-request-message.entity.js';
import { AdminRequestConversationService } from './admin-request-conversation.service.js';
import { AdminRequestDeskService } from './admin-request-desk.service.js';
import { AdminRequestService, AdminRequestView } from './admin-request.service.js';
import { AdminRequest } from './admin-request.entity.js';
import {
  ChangeAdminRequestStatusInput,
  CreateAdminRequestInput,
  ReplyToAdminRequestInput,
} from './admin-request.input.js';
import { SupportDeskMember } from './support-desk-member.entity.js';
import { AdminRequestFile } from './admin-request-file.entity.js';

registerEnumType(AdminRequestView, {
  name: 'AdministrativeRequestView',
  description:
    'Support desk queues: NEW, MINE (assigned to me, not closed), WAITING (for the provider), OPEN, ALL',
});

@ObjectType('AdministrativeRequestConnection', {
  description: 'A page of administrative requests, latest activity first',
})
export class AdminRequestConnection extends ConnectionType(AdminRequest) {}

@ArgsType()
class AdminRequestsArgs {
  @Field(() => AdminRequestView, { nullable: true })
  view?: AdminRequestView | null;

  @Field(() => AdminRequestStatus, { nullable: true })
  status?: AdminRequestStatus | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words matched against reference, subject, description, number and account',
  })
  search?: string | null;

  @Field(() => Int, { defaultValue: 20 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** Administrative requests (R5): the portal raises and follows them, the agency's support desk answers them. */
@Resolver(() => AdminRequest)
export class AdminRequestResolver {
  @Query(() => AdminRequestConnection, {
    nullable: true,
    description:
      'Provider users: their organisation\u2019s requests; the support desk: all, by queue',
  })
  administrativeRequests(
    @Args(() => AdminRequestsArgs) { first, after, ...filter }: AdminRequestsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequestConnection> {
    return new AdminRequestService(ctx).list(filter, { first, after });
  }

  @Query(() => AdminRequest, { nullable: true })
  administrativeRequest(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequest> {
    return new AdminRequestService(ctx).get(id);
  }

  @Query(() => Boolean, {
    description: 'Whether files can be attached to administrative requests yet (R5.7)',
  })
  administrativeRequestFilesAvailable(): boolean {
    return ADMIN_REQUEST_FILES_AVAILABLE;
  }

  @Query(() => [AdminRequestFigures], {
    nullable: true,
    description:
      'Support desk figures per category (first entry: all categories) for requests raised in [from, to)',
  })
  administrativeRequestFigures(
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequestFigures[]> {
    return adminRequestFigures(ctx, from, to);
  }

  @Query(() => [SupportDeskMember], {
    nullable: true,
    description: 'Colleagues a request can be assigned to',
  })
  supportDeskMembers(@Ctx() ctx: RequestContext): Promise<SupportDeskMember[]> {
    return new AdminRequestDeskService(ctx).deskMembers();
  }

  @Mutation(() => AdminRequest, {
    description: 'R5.1-R5.7: a provider administrator raises a request',
  })
  createAdministrativeRequest(
    @Arg('input', () => CreateAdminRequestInput) input: CreateAdminRequestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequest> {
    return new AdminRequestService(ctx).create(input);
  }

  @Mutation(() => AdminRequestMessage, {
    description: 'A reply from the provider administrator or the support desk',
  })
  replyToAdministrativeRequest(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReplyToAdminRequestInput) input: ReplyToAdminRequestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequestMessage> {
    return new AdminRequestConversationService(ctx).reply(id, input);
  }

  @Mutation(() => AdminRequest, {
    description:
      'The desk moves a request along; the provider administrator closes it or reopens it within the period',
  })
  changeAdministrativeRequestStatus(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ChangeAdminRequestStatusInput) input: ChangeAdminRequestStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequest> {
    return new AdminRequestConversationService(ctx).changeStatus(id, input);
  }

  @Mutation(() => AdminRequest, {
    description: 'Assigns a request to a support desk member (null: nobody)',
  })
  assignAdministrativeRequest(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequest> {
    return new AdminRequestDeskService(ctx).assign(id, version, assigneeId);
  }

  @Mutation(() => AdminRequestInternalNote, {
    description: 'An internal note of the support desk; providers never see it',
  })
  addAdministrativeRequestInternalNote(
    @Arg('id', () => ID) id: string,
    @Arg('text') text: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequestInternalNote> {
    return new AdminRequestDeskService(ctx).addInternalNote(id, text);
  }

  @FieldResolver(() => Provider)
  provider(@Root() request: AdminRequest): Provider {
    return providerRef(request.providerId);
  }

  @FieldResolver(() => [AdminRequestMessage], {
    description: 'The conversation, oldest first (no internal notes)',
  })
  messages(
    @Root() request: AdminRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequestMessage[]> {
    return new AdminRequestService(ctx).messages(request);
  }

  @FieldResolver(() => [AdminRequestHistory], {
    description:
      'Status history and audit trail, oldest first; providers see only status changes and replies',
  })
  history(
    @Root() request: AdminRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequestHistory[]> {
    return new AdminRequestService(ctx).history(request);
  }

  @FieldResolver(() => [AdminRequestInternalNote], {
    nullable: true,
    description: 'Support desk only: FORBIDDEN for provider users',
  })
  internalNotes(
    @Root() request: AdminRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequestInternalNote[]> {
    return new AdminRequestDeskService(ctx).internalNotes(request);
  }
}

@Resolver(() => AdminRequestMessage)
export class AdminRequestMessageResolver {
  @FieldResolver(() => [AdminRequestFile])
  async files(@Root() message: AdminRequestMessage): Promise<AdminRequestFile[]> {
    if (!message.files.isInitialized()) await message.files.init();
    return message.files.getItems();
  }
}
