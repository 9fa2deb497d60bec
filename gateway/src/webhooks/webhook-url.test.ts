import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, type WebhookUrlPolicy } from './webhook-url.js';

const policy: WebhookUrlPolicy = {
  allowedHosts: ['hooks.example.org', '*.finance.example', '127.0.0.1:9000', '[::1]'],
  requireHttps: false,
  internalOrigins: ['http://127.0.0.1:4000'],
};
const reason = (raw: string, p = policy) => {
  const result = checkWebhookUrl(raw, p);
  return result instanceof URL ? 'ok' : result.reason;
};

describe('issue 17: which addresses webhooks may deliver to', () => {
  it.each([
    ['https://hooks.example.org/in', 'ok'],
    ['https://a.finance.example/in', 'ok'],
    ['https://finance.example.evil.org/in', 'WEBHOOK_URL_NOT_ALLOWED'],
    ['http://127.0.0.1:9000/in', 'ok'],
    ['http://127.0.0.1:9001/in', 'WEBHOOK_URL_NOT_ALLOWED'],
    ['http://[::1]:8080/in', 'ok'],
    ['http://127.0.0.1:4000/graphql', 'WEBHOOK_URL_INTERNAL'],
    ['ftp://hooks.example.org/in', 'WEBHOOK_URL_SCHEME'],
    ['javascript:alert(1)', 'WEBHOOK_URL_SCHEME'],
    ['file:///etc/passwd', 'WEBHOOK_URL_SCHEME'],
    ['https://user:pw@hooks.example.org/in', 'WEBHOOK_URL_CREDENTIALS'],
    ['hooks.example.org/in', 'WEBHOOK_URL_INVALID'],
    ['', 'WEBHOOK_URL_INVALID'],
  ])('issue 17: %s is %s', (url, expected) => {
    expect(reason(url)).toBe(expected);
  });

  it('issue 17: plain http is refused where https is required (production)', () => {
    expect(reason('http://hooks.example.org/in', { ...policy, requireHttps: true })).toBe(
      'WEBHOOK_URL_SCHEME',
    );
  });

  it('issue 17: where private addresses are blocked (production), an internal IP literal is refused even if allowed', () => {
    const blocking = { ...policy, blockPrivateAddresses: true };
    expect(reason('http://127.0.0.1:9000/in', blocking)).toBe('WEBHOOK_URL_INTERNAL');
    expect(reason('http://[::1]:8080/in', blocking)).toBe('WEBHOOK_URL_INTERNAL');
    expect(reason('https://hooks.example.org/in', blocking)).toBe('ok');
  });

  it('issue 17: with no allowed hosts configured, no address is allowed', () => {
    expect(reason('https://hooks.example.org/in', { ...policy, allowedHosts: [] })).toBe(
      'WEBHOOK_URL_NOT_ALLOWED',
    );
  });
});
