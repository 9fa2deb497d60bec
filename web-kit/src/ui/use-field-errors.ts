import { useTranslation } from 'react-i18next';
import { describeError, fieldMessage } from './describe-error.js';

/**
 * Props for a Carbon input from the server's field errors: `invalid('email')` marks the input
 * and shows the message the server gave for `input.email`.
 */
export function useFieldErrors(error: unknown, prefix = 'input') {
  const { t } = useTranslation();
  const described = error ? describeError(error, t) : null;
  return (field: string) => {
    const message = fieldMessage(described, `${prefix}.${field}`);
    return { invalid: Boolean(message), invalidText: message };
  };
}
