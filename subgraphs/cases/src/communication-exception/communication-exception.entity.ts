import { type Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import { CommunicationExceptionRecord } from '@casework/kit';
import { Directive, ObjectType } from 'type-graphql';
import { Person } from '../person/person.entity.js';

/** A method that must not be used to contact a person for a period (R2.7); the model is kit's. */
@Entity({ tableName: 'communication_exception' })
@Index({ name: 'communication_exception_person_idx', properties: ['person', 'fromDate'] })
@ObjectType('CommunicationException', {
  description: 'A method that must not be used to contact a party for a period (R2.7)',
})
@Directive('@shareable')
export class CommunicationException extends CommunicationExceptionRecord {
  @ManyToOne(() => Person)
  person!: Rel<Person>;
}
