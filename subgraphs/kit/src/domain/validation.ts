import { ValidateIf } from 'class-validator';

/** Phone numbers as staff type them: digits, spaces and + ( ) / - (formats vary by country). */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()/-]{4,29}$/;
export const PHONE_MESSAGE = 'phone must be a phone number such as +49 30 1234567';
export const EMAIL_MESSAGE = 'email must be an email address such as office@example.org';

/** An update field that may be omitted but not cleared: null is validated (and refused) like any value. */
export const UnlessOmitted = () => ValidateIf((_object, value) => value !== undefined);
