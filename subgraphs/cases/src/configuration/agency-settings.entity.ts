import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { StoredRecord } from '@casework/kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Which integrated case an approved programme's product delivery goes to (R4.1, R4.3). */
export enum IntakeStrategy {
  /** Always a new integrated case. */
  ALWAYS_NEW = 'ALWAYS_NEW',
  /** An open integrated case with exactly the application's clients; approval is refused without one. */
  EXISTING_SAME_CLIENTS = 'EXISTING_SAME_CLIENTS',
  /** Such an existing case, else a new one. */
  EXISTING_ELSE_NEW = 'EXISTING_ELSE_NEW',
}

registerEnumType(IntakeStrategy, {
  name: 'IntakeStrategy',
  description: 'Which integrated case an approved programme goes to (R4.1)',
  valuesConfig: {
    ALWAYS_NEW: { description: 'Always a new integrated case' },
    EXISTING_SAME_CLIENTS: {
      description: 'An open integrated case with exactly the same clients; refused without one',
    },
    EXISTING_ELSE_NEW: { description: 'Such an existing case, else a new one' },
  },
});

/** The one row of agency settings (fixed id). */
export const AGENCY_SETTINGS_ID = '0b9e5f5a-00ff-4000-8000-000000000001';

@Entity({ tableName: 'agency_settings' })
@ObjectType({ description: "The agency's case settings, changed by agency administrators" })
export class AgencySettings extends StoredRecord<
  'intakeProcessDefined' | 'intakeStrategy' | 'allowClosingWithActiveDeliveries'
> {
  @Property({ type: 'boolean' })
  @Field({
    description:
      'With an intake process, approving a programme creates the integrated case and product delivery case (R4.1, R4.3)',
  })
  intakeProcessDefined: boolean = false;

  @Enum({ items: () => IntakeStrategy, nativeEnumName: 'intake_strategy' })
  @Field(() => IntakeStrategy)
  intakeStrategy: IntakeStrategy = IntakeStrategy.EXISTING_ELSE_NEW;

  @Property({ type: 'boolean' })
  @Field({
    description:
      'Whether a case may close while product deliveries or services are still active (R4.7)',
  })
  allowClosingWithActiveDeliveries: boolean = false;
}
