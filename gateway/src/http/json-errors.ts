import { type Logger, REFUSALS, type RefusalReason, renderTemplate } from '@casework/kit';
import { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';

/**
 * One refused input of a REST route: the field, a stable code (kit's REFUSALS) with the facts its
 * template names (the apps translate them), and the English `message` integrators read already.
 */
export interface FieldProblem {
  field: string;
  message: string;
  code: RefusalReason;
  params?: Record<string, string | number>;
}

/**
 * A field problem; its English message is the code's template filled from the params, or the
 * wording integrators have read so far where the route had one before its code.
 */
export function fieldProblem(
  field: string,
  code: RefusalReason,
  params: Record<string, string | number> = {},
  message = renderTemplate(REFUSALS[code].message, params),
): FieldProblem {
  return { field, code, params, message };
}

/**
 * Every HTTP error of the gateway, in the GraphQL error shape (`errors[].extensions.code`). The
 * `error` member repeats the first error as `{ code, message, fields }` for clients of /auth
 * written before (the web apps read it).
 */
export function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: { fields?: FieldProblem[]; [key: string]: unknown } = {},
): void {
  const { fields } = extensions;
  res.status(status).json({
    errors: [{ message, extensions: { code, ...extensions } }],
    error: { code, message, ...(fields ? { fields } : {}) },
  });
}

/** Unknown routes under a JSON prefix (/auth, /health, /graphql) answer 404 NOT_FOUND in JSON. */
export const jsonNotFound: RequestHandler = (req, res) =>
  sendError(res, 404, 'NOT_FOUND', `No such endpoint: ${req.method} ${req.baseUrl || req.path}`);

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/**
 * The last handler: body-parser's errors (oversized, malformed, wrong charset) and anything
 * thrown become JSON without stack traces or file paths, in every mode; details go to the log.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const http = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    const status = http.status ?? http.statusCode ?? 500;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (status === 413)
      return sendError(res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large');
    if (http.type === 'entity.parse.failed')
      return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
    if (status >= 400 && status < 500 && http.expose)
      return sendError(res, status, 'BAD_REQUEST', 'The request could not be read');
    logger.error({ err: error, path: req.path }, 'request failed');
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong; the details are logged');
  };
}
