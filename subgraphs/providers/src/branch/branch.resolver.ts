import { groupByKeys, type RequestContext } from '@casework/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';
import { type ProviderFields } from '../provider/provider-row.js';
import { ProviderBranch } from './branch.entity.js';
import { AddBranchInput, UpdateBranchInput } from './branch.input.js';
import { BranchService } from './branch.service.js';

@Resolver(() => Provider)
export class ProviderBranchesResolver {
  @FieldResolver(() => [ProviderBranch], {
    description: 'Branches and subsidiaries, active first (administrative requests choose one)',
  })
  branches(
    @Root() provider: ProviderFields,
    @Ctx() ctx: RequestContext,
  ): Promise<ProviderBranch[]> {
    return ctx.loaders
      .get<string, ProviderBranch[]>('branchesOfProvider', async (ids) =>
        groupByKeys(ids, await new BranchService(ctx).listFor(ids), (b) => b.provider.id),
      )
      .load(provider.id);
  }

  @Mutation(() => ProviderBranch, {
    description: 'Adds a branch or subsidiary (agency staff, or the provider administrator)',
  })
  addProviderBranch(
    @Arg('providerId', () => ID) providerId: string,
    @Arg('input', () => AddBranchInput) input: AddBranchInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new BranchService(ctx).add(providerId, input);
  }

  @Mutation(() => ProviderBranch, {
    description: 'Changes or closes a branch; CONFLICT if someone changed it since you read it',
  })
  updateProviderBranch(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateBranchInput) input: UpdateBranchInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new BranchService(ctx).update(id, input);
  }
}
