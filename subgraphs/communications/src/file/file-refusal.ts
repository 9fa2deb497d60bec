/** A refused file transfer: the HTTP status, a stable code and the reason in words. */
export class FileRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code:
      'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'PAYLOAD_TOO_LARGE' | 'CONFLICT' | 'GONE',
    message: string,
    readonly details: { field?: string; limit?: number; reason?: string } = {},
  ) {
    super(message);
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}
