import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebhookSecretBox } from './webhook-secret-box.js';
import { newWebhookSecret, signWebhook, verifyWebhook } from './webhook-signature.js';

describe('issue 17: webhook signatures (HMAC-SHA256 over id, timestamp and body)', () => {
  const secret = newWebhookSecret();
  const body = '{"id":"e1","type":"INQUIRY_ANSWERED"}';
  const now = 1_800_000_000_000;
  const ts = now / 1000;

  it('issue 17: the signature is the documented HMAC, and it verifies', () => {
    const signature = signWebhook(secret, 'e1', ts, body);
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`e1.${ts}.${body}`).digest('base64');
    expect(signature).toBe(`v1,${expected}`);
    expect(
      verifyWebhook(secret, { id: 'e1', timestamp: String(ts), signature }, body, { now }),
    ).toBe(true);
  });

  it('issue 17: a changed body, id, secret or an old timestamp does not verify', () => {
    const signature = signWebhook(secret, 'e1', ts, body);
    const headers = { id: 'e1', timestamp: String(ts), signature };
    expect(verifyWebhook(secret, headers, body.replace('e1', 'e2'), { now })).toBe(false);
    expect(verifyWebhook(secret, { ...headers, id: 'e2' }, body, { now })).toBe(false);
    expect(verifyWebhook(newWebhookSecret(), headers, body, { now })).toBe(false);
    expect(verifyWebhook(secret, headers, body, { now: now + 301_000 })).toBe(false);
  });

  it('issue 17: stored webhook secrets are sealed, not readable, and open with the same key only', () => {
    const box = new WebhookSecretBox('a-token-secret-of-at-least-32-characters!');
    const sealed = box.seal(secret);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(box.open(sealed)).toBe(secret);
    expect(() =>
      new WebhookSecretBox('another-secret-of-at-least-32-characters').open(sealed),
    ).toThrow();
  });
});
