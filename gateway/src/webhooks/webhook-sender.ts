import { type AttemptResult, type Sender } from './webhook.store.js';
import { signWebhook, WEBHOOK_HEADERS } from './webhook-signature.js';

/**
 * Posts a delivery once: signed headers, a time limit, no redirects followed (a redirect could
 * lead to an address no administrator allowed). Any 2xx counts as received.
 */
export function httpSender(timeoutSeconds: number): Sender {
  return async ({ url, secret, eventId, body }): Promise<AttemptResult> => {
    const started = Date.now();
    const timestamp = Math.floor(started / 1000);
    try {
      const res = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutSeconds * 1000),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Casework-Webhooks/1',
          [WEBHOOK_HEADERS.id]: eventId,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signWebhook(secret, eventId, timestamp, body),
        },
        body,
      });
      await res.body?.cancel();
      return {
        statusCode: res.status,
        error: res.ok ? null : `HTTP ${res.status}`,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message;
      const message = error instanceof Error ? error.message : String(error);
      return {
        statusCode: null,
        error: cause ? `${message}: ${cause}` : message,
        durationMs: Date.now() - started,
      };
    }
  };
}
