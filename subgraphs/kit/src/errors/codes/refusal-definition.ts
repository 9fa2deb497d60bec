/** The categories in `extensions.code`. */
export type RefusalCategory = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** A concern's refusals: code, category and English message template. */
export type RefusalDefinitions = Readonly<
  Record<string, { readonly code: RefusalCategory; readonly message: string }>
>;
