import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { type TFunction } from 'i18next';

export interface DescribedError {
  message: string;
  fields: { field: string; message: string }[];
}

/** Maps the API's error codes to translated sentences; field errors keep the server's detail. */
export function describeError(error: unknown, t: TFunction): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const fields =
      (first?.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
    const service = first?.extensions?.serviceName as string | undefined;
    return {
      message: t(`error.code.${code}`, {
        defaultValue: t('error.code.INTERNAL_SERVER_ERROR'),
        service,
      }),
      fields,
    };
  }
  if (ServerError.is(error))
    return { message: t('error.server', { status: error.statusCode }), fields: [] };
  return { message: t('error.network'), fields: [] };
}

/** The server's message for one input field (such as `input.email`), to show at that field. */
export function fieldMessage(
  described: DescribedError | null | undefined,
  field: string,
): string | undefined {
  return described?.fields.find((f) => f.field === field)?.message;
}
