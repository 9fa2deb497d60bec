import { groupByKeys, type RequestContext } from '@casework/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';
import { type ProviderFields } from '../provider/provider-row.js';
import { ProviderContact } from './contact.entity.js';
import { AddContactInput, UpdateContactInput } from './contact.input.js';
import { ContactService } from './contact.service.js';

@Resolver(() => Provider)
export class ProviderContactsResolver {
  @FieldResolver(() => [ProviderContact], { description: 'Contact persons, primary first' })
  contacts(
    @Root() provider: ProviderFields,
    @Ctx() ctx: RequestContext,
  ): Promise<ProviderContact[]> {
    return ctx.loaders
      .get<string, ProviderContact[]>('contactsOfProvider', async (ids) =>
        groupByKeys(ids, await new ContactService(ctx).listFor(ids), (c) => c.provider.id),
      )
      .load(provider.id);
  }

  @Mutation(() => ProviderContact, {
    description: 'Adds a contact person (agency staff, or the provider administrator)',
  })
  addProviderContact(
    @Arg('providerId', () => ID) providerId: string,
    @Arg('input', () => AddContactInput) input: AddContactInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new ContactService(ctx).add(providerId, input);
  }

  @Mutation(() => ProviderContact, {
    description: 'Changes a contact; CONFLICT if someone changed it since you read it',
  })
  updateProviderContact(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContactInput) input: UpdateContactInput,
    @Ctx() ctx: RequestContext,
  ) {
    return new ContactService(ctx).update(id, input);
  }

  @Mutation(() => ID, { description: 'Removes a contact person; returns its id' })
  removeProviderContact(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return new ContactService(ctx).remove(id);
  }
}
