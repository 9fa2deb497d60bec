import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestUploadInput, UploadGrantPayload } from './file.input.js';
import { FileService } from './file.service.js';

@Resolver()
export class FileResolver {
  @Mutation(() => UploadGrantPayload, {
    description:
      'Permission to upload one file for a purpose: a short-lived, single-use URL on the gateway (R3.4, R5.7)',
  })
  requestUpload(
    @Arg('input', () => RequestUploadInput) input: RequestUploadInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UploadGrantPayload> {
    return new FileService(ctx.em, ctx.identity).requestUpload(input);
  }
}
