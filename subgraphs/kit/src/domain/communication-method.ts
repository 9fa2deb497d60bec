import { registerEnumType } from 'type-graphql';

/** How a party prefers to be contacted; shared by persons and providers (letters pick from it). */
export enum CommunicationMethod {
  EMAIL = 'EMAIL',
  POST = 'POST',
  PHONE = 'PHONE',
  IN_PERSON = 'IN_PERSON',
}

registerEnumType(CommunicationMethod, {
  name: 'CommunicationMethod',
  description: 'A way to contact a client or provider',
});
