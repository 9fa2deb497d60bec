import { type RequestContext } from '@casework/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AdminRequestCategory } from './admin-request-category.entity.js';
import { AdminRequestCategoryService } from './admin-request-category.service.js';
import { AdminRequestCategoryInput } from './admin-request.input.js';

/** Categories of administrative requests (R5.5, R5.6), configured by agency administrators. */
@Resolver(() => AdminRequestCategory)
export class AdminRequestCategoryResolver {
  @Query(() => [AdminRequestCategory], {
    nullable: true,
    description:
      'Categories in display order; inactive ones only for agency administrators who ask',
  })
  administrativeRequestCategories(
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequestCategory[]> {
    return new AdminRequestCategoryService(ctx).list(includeInactive);
  }

  @Mutation(() => AdminRequestCategory, { description: 'Agency administrators add a category' })
  addAdministrativeRequestCategory(
    @Arg('input', () => AdminRequestCategoryInput) input: AdminRequestCategoryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequestCategory> {
    return new AdminRequestCategoryService(ctx).save(null, input);
  }

  @Mutation(() => AdminRequestCategory, { description: 'Agency administrators change a category' })
  updateAdministrativeRequestCategory(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AdminRequestCategoryInput) input: AdminRequestCategoryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminRequestCategory> {
    return new AdminRequestCategoryService(ctx).save(id, input);
  }
}
