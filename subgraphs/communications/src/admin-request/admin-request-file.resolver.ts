import { type RequestContext } from '@casework/kit';
import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { mayReadFile } from '../attachment/file-access.js';
import { type Disposition, FileService } from '../file/file.service.js';
import { INLINE_PREVIEW_TYPES } from '../file/file-types.js';
import { StoredFile } from '../file/stored-file.entity.js';
import { AdminRequestFile } from './admin-request-file.entity.js';

/** The stored files of a page's messages, loaded once per request. */
function storedFile(ctx: RequestContext, file: AdminRequestFile): Promise<StoredFile | undefined> {
  return ctx.loaders
    .get<string, StoredFile | undefined>('adminRequestStoredFile', async (ids) => {
      const found = await ctx.em.find(StoredFile, { id: { $in: [...ids] } });
      return ids.map((id) => found.find((f) => f.id === id));
    })
    .load(file.fileId);
}

/**
 * What a request's file is (type, size, SHA-256) and its links (R5.7). Links go only to readers the
 * download checks again: the organisation's administrators and the support desk, never provider
 * users or another organisation.
 */
@Resolver(() => AdminRequestFile)
export class AdminRequestFileResolver {
  @FieldResolver(() => String, { description: 'The media type detected from the content' })
  async contentType(@Root() file: AdminRequestFile, @Ctx() ctx: RequestContext): Promise<string> {
    return (await storedFile(ctx, file))?.contentType ?? 'application/octet-stream';
  }

  @FieldResolver(() => Float, { description: 'Size in bytes' })
  async size(@Root() file: AdminRequestFile, @Ctx() ctx: RequestContext): Promise<number> {
    return (await storedFile(ctx, file))?.size ?? 0;
  }

  @FieldResolver(() => String, { description: 'SHA-256 of the content (hex)' })
  async sha256(@Root() file: AdminRequestFile, @Ctx() ctx: RequestContext): Promise<string> {
    return (await storedFile(ctx, file))?.sha256 ?? '';
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A short-lived link that downloads the file; null for callers who may not read it',
  })
  downloadUrl(@Root() file: AdminRequestFile, @Ctx() ctx: RequestContext): Promise<string | null> {
    return link(ctx, file, 'attachment');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A short-lived link that shows a PDF, JPEG or PNG inline; null for other types',
  })
  previewUrl(@Root() file: AdminRequestFile, @Ctx() ctx: RequestContext): Promise<string | null> {
    return link(ctx, file, 'inline');
  }
}

async function link(
  ctx: RequestContext,
  file: AdminRequestFile,
  disposition: Disposition,
): Promise<string | null> {
  const stored = await storedFile(ctx, file);
  if (!stored || stored.purgedAt) return null;
  if (disposition === 'inline' && !INLINE_PREVIEW_TYPES.has(stored.contentType)) return null;
  if (!(await mayReadFile(ctx.em, ctx.identity, stored))) return null;
  return new FileService(ctx.em, ctx.identity).downloadUrl(stored, disposition);
}
