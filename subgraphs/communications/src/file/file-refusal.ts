import { type RefusalReason } from '@casework/kit';

/** The refused input, coded (kit's REFUSALS) so the apps word it in the user's language. */
export interface FileFieldRefusal {
  code: RefusalReason;
  params?: Record<string, string | number>;
}

/** A refused file transfer: the HTTP status, a stable code and the reason in words. */
export class FileRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code:
      'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'PAYLOAD_TOO_LARGE' | 'CONFLICT' | 'GONE',
    message: string,
    readonly details: { field?: string; limit?: number; reason?: string } = {},
    readonly refusal?: FileFieldRefusal,
  ) {
    super(message);
  }

  /** `{ error: { code, message, field, ... } }`; a coded field also as `fields` (issue 17). */
  toJSON() {
    const { field } = this.details;
    const fields =
      field && this.refusal
        ? [
            {
              field,
              code: this.refusal.code,
              params: this.refusal.params ?? {},
              message: this.message,
            },
          ]
        : undefined;
    return {
      error: {
        code: this.code,
        message: this.message,
        ...this.details,
        ...(fields ? { fields } : {}),
      },
    };
  }
}
