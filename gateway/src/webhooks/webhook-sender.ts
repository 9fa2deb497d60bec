import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { type AttemptResult, type Sender } from './webhook.store.js';
import { checkLiteralHost, InternalAddressError, publicOnlyLookup } from './webhook-address.js';
import { signWebhook, WEBHOOK_HEADERS } from './webhook-signature.js';

export interface SenderOptions {
  timeoutSeconds: number;
  /**
   * Refuse hosts that are or resolve to internal addresses, checked on the delivery's own
   * connection (`WEBHOOK_BLOCK_PRIVATE_ADDRESSES`, on in production). Off, a test or a
   * developer's machine delivers to a receiver on 127.0.0.1 it allowed in WEBHOOK_ALLOWED_HOSTS.
   */
  blockPrivateAddresses: boolean;
}

/** One POST with node:http(s): its `lookup` option lets the address connected to be checked. */
function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  options: SenderOptions,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      signal: AbortSignal.timeout(options.timeoutSeconds * 1000),
      ...(options.blockPrivateAddresses ? { lookup: publicOnlyLookup } : {}),
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Posts a delivery once: signed headers, a time limit, no redirects followed (a redirect could
 * lead to an address no administrator allowed). Any 2xx counts as received. An internal
 * address is a permanent refusal: the delivery is dead-lettered with the reason at once.
 */
export function httpSender(options: SenderOptions): Sender {
  return async ({ url, secret, eventId, body }): Promise<AttemptResult> => {
    const started = Date.now();
    const timestamp = Math.floor(started / 1000);
    const target = new URL(url);
    const literal = options.blockPrivateAddresses ? checkLiteralHost(target.hostname) : null;
    if (literal)
      return { statusCode: null, error: literal.message, durationMs: 0, permanent: true };
    try {
      const status = await post(
        target,
        {
          'content-type': 'application/json',
          'user-agent': 'Casework-Webhooks/1',
          [WEBHOOK_HEADERS.id]: eventId,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signWebhook(secret, eventId, timestamp, body),
        },
        body,
        options,
      );
      const ok = status >= 200 && status < 300;
      return {
        statusCode: status,
        error: ok ? null : `HTTP ${status}`,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        statusCode: null,
        error: message,
        durationMs: Date.now() - started,
        ...(error instanceof InternalAddressError ? { permanent: true } : {}),
      };
    }
  };
}
