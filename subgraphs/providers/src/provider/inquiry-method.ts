import { registerEnumType } from 'type-graphql';

/** How an inquiry reaches a provider (R1.2). */
export enum InquiryMethod {
  EMAIL = 'EMAIL',
  INTERNET = 'INTERNET',
  PHONE = 'PHONE',
}

registerEnumType(InquiryMethod, {
  name: 'InquiryMethod',
  description: 'EMAIL: by email; INTERNET: in the provider portal; PHONE: by a recorded call',
});
