import { type Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import { CommunicationExceptionRecord } from '@casework/kit';
import { Directive, ObjectType } from 'type-graphql';
import { Provider } from '../provider/provider.entity.js';

/**
 * A method that must not be used to contact a provider for a period (R2.7). The same model and
 * GraphQL type as a person's (kit), so letters and other features treat both parties alike.
 */
@Entity({ tableName: 'communication_exception' })
@Index({ name: 'communication_exception_provider_idx', properties: ['provider', 'fromDate'] })
@ObjectType('CommunicationException', {
  description: 'A method that must not be used to contact a party for a period (R2.7)',
})
@Directive('@shareable')
export class ProviderCommunicationException extends CommunicationExceptionRecord {
  @ManyToOne(() => Provider, { deleteRule: 'cascade' })
  provider!: Rel<Provider>;
}
