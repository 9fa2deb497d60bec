import { IsEmail, IsOptional, Matches, ValidateIf } from 'class-validator';

/** Phone numbers as staff type them: digits, spaces and + ( ) / - (formats vary by country). */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()/-]{4,29}$/;
export const PHONE_MESSAGE = 'phone must be a phone number such as +49 30 1234567';
export const EMAIL_MESSAGE = 'email must be an email address such as office@example.org';

/** An update field that may be omitted but not cleared: null is validated (and refused) like any value. */
export const UnlessOmitted = () => ValidateIf((_object, value) => value !== undefined);

/** An optional phone number: null or absent, or as `PHONE_PATTERN` allows. */
export function OptionalPhone(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    Matches(PHONE_PATTERN, { message: PHONE_MESSAGE, context: { code: 'INVALID_PHONE' } })(
      target,
      key,
    );
  };
}

/** An optional email address: null or absent, or a valid address. */
export function OptionalEmail(message = EMAIL_MESSAGE): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsEmail({}, { message })(target, key);
  };
}
