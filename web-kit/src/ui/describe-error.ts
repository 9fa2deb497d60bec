import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import i18next, { type TFunction } from 'i18next';

export interface DescribedError {
  message: string;
  fields: { field: string; message: string }[];
}

type Params = Record<string, unknown>;

interface ServerField {
  field: string;
  message: string;
  code?: string;
  params?: Params;
}

/** i18next options from a refusal's parameters (lists joined), with the server's English as fallback. */
function interpolation(params: Params | undefined, defaultValue: string) {
  const values = Object.fromEntries(
    Object.entries(params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
  );
  return { ...values, defaultValue };
}

/**
 * A refusal in the user's language from its stable code (`refusal.<CODE>`, see kit's `REFUSALS`)
 * and parameters; the server's English message when the app has no translation for the code, and
 * in English (the server's own words name the field and limit exactly).
 */
export function refusalText(
  t: TFunction,
  code: string | undefined,
  params: Params | undefined,
  english: string,
): string {
  if (!code || i18next.resolvedLanguage === 'en') return english;
  return t(`refusal.${code}`, interpolation(params, english));
}

/**
 * Maps the API's error codes to translated sentences: the category (`extensions.code`) gives the
 * headline; each field's refusal, and a refusal without fields, is worded from its own code.
 */
export function describeError(error: unknown, t: TFunction): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const serverFields = (first?.extensions?.fields as ServerField[] | undefined) ?? [];
    const fields = serverFields.map((f) => ({
      field: f.field,
      message: refusalText(t, f.code, f.params, f.message),
    }));
    const service = first?.extensions?.serviceName as string | undefined;
    const general = t(`error.code.${code}`, {
      defaultValue: t('error.code.INTERNAL_SERVER_ERROR'),
      service,
    });
    const reason = first?.extensions?.reason as string | undefined;
    return {
      message:
        reason && fields.length === 0
          ? t(`refusal.${reason}`, interpolation(first?.extensions?.params as Params, general))
          : general,
      fields,
    };
  }
  if (ServerError.is(error))
    return { message: t('error.server', { status: error.statusCode }), fields: [] };
  return { message: t('error.network'), fields: [] };
}

/** The message for one input field (such as `input.email`), to show at that field. */
export function fieldMessage(
  described: DescribedError | null | undefined,
  field: string,
): string | undefined {
  return described?.fields.find((f) => f.field === field)?.message;
}
