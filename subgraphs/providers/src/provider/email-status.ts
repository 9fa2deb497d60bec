import { registerEnumType } from 'type-graphql';

/** Whether staff have found a provider's email address unusable (R1.8: a valid address is required). */
export enum EmailStatus {
  OK = 'OK',
  BOUNCED = 'BOUNCED',
  INVALID = 'INVALID',
}

registerEnumType(EmailStatus, {
  name: 'EmailStatus',
  description: 'OK: usable; BOUNCED: mail came back; INVALID: marked wrong by staff',
});
