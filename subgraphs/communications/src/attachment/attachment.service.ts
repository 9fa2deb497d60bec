import {
  assertUuid,
  authorize,
  can,
  flushVersioned,
  forbidden,
  groupByKeys,
  notFound,
  refuse,
  type RequestContext,
} from '@casework/kit';
import { FilePurpose } from '../file/file-purpose.js';
import { assertClearance, readableWith } from '../note/clearance.js';
import { type Disposition, FileService } from '../file/file.service.js';
import { INLINE_PREVIEW_TYPES } from '../file/file-types.js';
import { sensitivityLevel, type NoteSensitivity } from '../note/note-enums.js';
import { AttachmentChange } from './attachment-change.entity.js';
import { AttachmentStatus, type AttachmentSubject } from './attachment-enums.js';
import { Attachment } from './attachment.entity.js';
import {
  type AddAttachmentInput,
  type RemoveAttachmentInput,
  type UpdateAttachmentInput,
} from './attachment.input.js';

/**
 * Files on application cases, integrated cases and persons (R3.4). Readers need attachment:read
 * and a clearance that reaches the sensitivity (as for notes); changes and removal are audited and
 * removal keeps the record.
 */
export class AttachmentService {
  constructor(private readonly ctx: RequestContext) {}

  private readable(): NoteSensitivity[] {
    return readableWith(this.ctx.identity, 'attachment:read', 'read attachments');
  }

  private checkClearance(sensitivity: NoteSensitivity, field: string): void {
    assertClearance(this.ctx.identity, sensitivity, field, 'ATTACHMENT_CLEARANCE_TOO_LOW');
  }

  async get(id: string): Promise<Attachment> {
    const sensitivities = this.readable();
    assertUuid(id, 'id');
    const attachment = await this.ctx.em.findOne(
      Attachment,
      { id, sensitivity: { $in: sensitivities } },
      { populate: ['file'] },
    );
    if (!attachment) throw notFound('Attachment', id);
    return attachment;
  }

  /** Attachments per subject for a DataLoader batch, newest first. */
  async forSubjects(
    subjectType: AttachmentSubject,
    subjectIds: readonly string[],
    includeRemoved: boolean,
  ): Promise<Attachment[][]> {
    const sensitivities = this.readable();
    const rows = await this.ctx.em.find(
      Attachment,
      {
        subjectType,
        subjectId: { $in: [...subjectIds] },
        sensitivity: { $in: sensitivities },
        ...(includeRemoved ? {} : { status: AttachmentStatus.ACTIVE }),
      },
      { orderBy: { createdAt: 'desc', id: 'desc' }, populate: ['file'] },
    );
    return groupByKeys(subjectIds, rows, (a) => a.subjectId);
  }

  async historyOf(ids: readonly string[]): Promise<AttachmentChange[][]> {
    const changes = await this.ctx.em.find(
      AttachmentChange,
      { attachment: { $in: [...ids] } },
      { orderBy: { changedAt: 'desc', createdAt: 'desc' } },
    );
    return groupByKeys(ids, changes, (c) => c.attachment.id);
  }

  async add(input: AddAttachmentInput): Promise<Attachment> {
    authorize(this.ctx.identity, 'attachment:write', 'attach files');
    this.checkClearance(input.sensitivity, 'input.sensitivity');
    const { em, identity } = this.ctx;
    const file = await new FileService(em, identity).claim(
      input.fileId,
      FilePurpose.CASE_ATTACHMENT,
    );
    const attachment = em.create(Attachment, {
      file,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      description: input.description?.trim() || null,
      sensitivity: input.sensitivity,
      addedById: identity.id,
      addedBy: identity.name,
    });
    this.audit(attachment, 'added', null, file.fileName);
    await em.flush();
    return attachment;
  }

  async update(id: string, input: UpdateAttachmentInput): Promise<Attachment> {
    authorize(this.ctx.identity, 'attachment:write', 'change attachments');
    const attachment = await this.get(id);
    if (attachment.status === AttachmentStatus.REMOVED)
      throw refuse('ATTACHMENT_REMOVED', { field: 'id' });
    if (input.sensitivity) this.checkClearance(input.sensitivity, 'input.sensitivity');
    let changed = false;
    if (input.description !== undefined) {
      const description = input.description.trim() || null;
      if (description !== (attachment.description ?? null)) {
        this.audit(attachment, 'description', attachment.description ?? null, description);
        attachment.description = description;
        changed = true;
      }
    }
    if (input.sensitivity !== undefined && input.sensitivity !== attachment.sensitivity) {
      this.audit(attachment, 'sensitivity', attachment.sensitivity, input.sensitivity);
      attachment.sensitivity = input.sensitivity;
      changed = true;
    }
    if (changed) await flushVersioned(this.ctx.em, attachment, 'Attachment', input.version);
    return attachment;
  }

  async remove(id: string, input: RemoveAttachmentInput): Promise<Attachment> {
    authorize(this.ctx.identity, 'attachment:write', 'remove attachments');
    const attachment = await this.get(id);
    if (attachment.status === AttachmentStatus.REMOVED)
      throw refuse('ATTACHMENT_ALREADY_REMOVED', { field: 'id' });
    if (sensitivityLevel(attachment.sensitivity) > this.ctx.identity.clearance)
      throw forbidden('remove this attachment');
    attachment.status = AttachmentStatus.REMOVED;
    attachment.removedBy = this.ctx.identity.name;
    attachment.removedAt = new Date();
    attachment.removalReason = input.reason;
    this.audit(attachment, 'removed', null, input.reason);
    await flushVersioned(this.ctx.em, attachment, 'Attachment', input.version);
    return attachment;
  }

  /** A link only for readers (the attachment was read under their clearance) of active files. */
  link(attachment: Attachment, disposition: Disposition): string | null {
    if (attachment.status !== AttachmentStatus.ACTIVE || attachment.file.purgedAt) return null;
    if (!can(this.ctx.identity, 'attachment:read')) return null;
    if (disposition === 'inline' && !INLINE_PREVIEW_TYPES.has(attachment.file.contentType))
      return null;
    return new FileService(this.ctx.em, this.ctx.identity).downloadUrl(
      attachment.file,
      disposition,
    );
  }

  private audit(
    attachment: Attachment,
    field: string,
    oldValue: string | null,
    newValue: string | null,
  ) {
    this.ctx.em.create(AttachmentChange, {
      attachment,
      field,
      oldValue,
      newValue,
      changedById: this.ctx.identity.id,
      changedBy: this.ctx.identity.name,
      changedAt: new Date(),
    });
  }
}
