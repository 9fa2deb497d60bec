import { type PersonKey, type RequestContext } from '@casework/kit';
import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AttachmentChange } from './attachment-change.entity.js';
import { AttachmentSubject } from './attachment-enums.js';
import { Attachment } from './attachment.entity.js';
import {
  AddAttachmentInput,
  RemoveAttachmentInput,
  UpdateAttachmentInput,
} from './attachment.input.js';
import { AttachmentService } from './attachment.service.js';
import { ApplicationCaseReference, IntegratedCaseReference } from './case-references.js';
import { Person } from '../person/person.type.js';

@Resolver(() => Attachment)
export class AttachmentResolver {
  @Query(() => Attachment, {
    nullable: true,
    description: 'One attachment by id, if your clearance allows it',
  })
  attachment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Attachment> {
    return new AttachmentService(ctx).get(id);
  }

  @Mutation(() => Attachment, {
    description: 'Attaches an uploaded file to a case or person (R3.4)',
  })
  addAttachment(
    @Arg('input', () => AddAttachmentInput) input: AddAttachmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new AttachmentService(ctx).add(input);
  }

  @Mutation(() => Attachment, { description: 'Changes description or sensitivity (audited)' })
  updateAttachment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAttachmentInput) input: UpdateAttachmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new AttachmentService(ctx).update(id, input);
  }

  @Mutation(() => Attachment, {
    description: 'Marks an attachment removed; it is kept with who and why',
  })
  removeAttachment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RemoveAttachmentInput) input: RemoveAttachmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new AttachmentService(ctx).remove(id, input);
  }

  @FieldResolver(() => ID, { description: 'The case or person the file belongs to' })
  subjectId(@Root() attachment: Attachment): string {
    return attachment.subjectId;
  }

  @FieldResolver(() => String)
  fileName(@Root() attachment: Attachment): string {
    return attachment.file.fileName;
  }

  @FieldResolver(() => String, { description: 'Media type detected from the content' })
  contentType(@Root() attachment: Attachment): string {
    return attachment.file.contentType;
  }

  @FieldResolver(() => Float, { description: 'Size in bytes' })
  size(@Root() attachment: Attachment): number {
    return attachment.file.size;
  }

  @FieldResolver(() => String, { description: 'SHA-256 of the content (hex)' })
  sha256(@Root() attachment: Attachment): string {
    return attachment.file.sha256;
  }

  @FieldResolver(() => String)
  uploadedBy(@Root() attachment: Attachment): string {
    return attachment.file.uploadedBy;
  }

  @FieldResolver(() => Date)
  uploadedAt(@Root() attachment: Attachment): Date {
    return attachment.file.createdAt;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A short-lived link (path on the gateway) that downloads the file; null when removed',
  })
  downloadUrl(@Root() attachment: Attachment, @Ctx() ctx: RequestContext): string | null {
    return new AttachmentService(ctx).link(attachment, 'attachment');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A short-lived link that shows a PDF, JPEG or PNG inline; null for other types',
  })
  previewUrl(@Root() attachment: Attachment, @Ctx() ctx: RequestContext): string | null {
    return new AttachmentService(ctx).link(attachment, 'inline');
  }

  @FieldResolver(() => [AttachmentChange], { description: 'Audited changes, newest first' })
  history(@Root() attachment: Attachment, @Ctx() ctx: RequestContext): Promise<AttachmentChange[]> {
    return ctx.loaders
      .get<string, AttachmentChange[]>('attachmentHistory', (ids) =>
        new AttachmentService(ctx).historyOf(ids),
      )
      .load(attachment.id);
  }
}

function attachmentsOf(
  ctx: RequestContext,
  type: AttachmentSubject,
  id: string,
  includeRemoved: boolean,
) {
  return ctx.loaders
    .get<string, Attachment[]>(`attachments:${type}:${includeRemoved}`, (ids) =>
      new AttachmentService(ctx).forSubjects(type, ids, includeRemoved),
    )
    .load(id);
}

const LIST = {
  nullable: true,
  description: 'Attached files your clearance allows, newest first (R3.4)',
} as const;

@Resolver(() => Person)
export class PersonAttachmentsResolver {
  @FieldResolver(() => [Attachment], LIST)
  attachments(
    @Root() person: PersonKey,
    @Ctx() ctx: RequestContext,
    @Arg('includeRemoved', { defaultValue: false }) includeRemoved: boolean,
  ): Promise<Attachment[]> {
    return attachmentsOf(ctx, AttachmentSubject.PERSON, person.id, includeRemoved);
  }
}

@Resolver(() => ApplicationCaseReference)
export class ApplicationCaseAttachmentsResolver {
  @FieldResolver(() => [Attachment], LIST)
  attachments(
    @Root() application: ApplicationCaseReference,
    @Ctx() ctx: RequestContext,
    @Arg('includeRemoved', { defaultValue: false }) includeRemoved: boolean,
  ): Promise<Attachment[]> {
    return attachmentsOf(ctx, AttachmentSubject.APPLICATION_CASE, application.id, includeRemoved);
  }
}

@Resolver(() => IntegratedCaseReference)
export class IntegratedCaseAttachmentsResolver {
  @FieldResolver(() => [Attachment], LIST)
  attachments(
    @Root() integratedCase: IntegratedCaseReference,
    @Ctx() ctx: RequestContext,
    @Arg('includeRemoved', { defaultValue: false }) includeRemoved: boolean,
  ): Promise<Attachment[]> {
    return attachmentsOf(ctx, AttachmentSubject.INTEGRATED_CASE, integratedCase.id, includeRemoved);
  }
}
