import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from './webhook-address.js';
import { httpSender } from './webhook-sender.js';

describe('webhook delivery addresses (issue 17)', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.5',
    '172.16.4.1',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.1.2.3',
    '64:ff9b::a00:1',
    'not an address',
  ])('R6.2: %s is internal, never a delivery target', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.215.14'])(
    'R6.2: %s is public',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe('the webhook sender against a real receiver on loopback (issue 17)', () => {
  let server: Server;
  let port = 0;
  let received = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      received++;
      req.resume();
      res.statusCode = 204;
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const delivery = (url: string) => ({ url, secret: 'whsec_AAAA', eventId: 'e-1', body: '{}' });

  it('R6.2: with private addresses blocked (production), a name resolving to loopback (DNS rebinding) and a loopback literal are refused for good before connecting', async () => {
    const send = httpSender({ timeoutSeconds: 5, blockPrivateAddresses: true });
    const before = received;
    const byName = await send(delivery(`http://localhost:${port}/hook`));
    expect(byName).toMatchObject({ statusCode: null, permanent: true });
    expect(byName.error).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback/);
    const literal = await send(delivery(`http://127.0.0.1:${port}/hook`));
    expect(literal).toMatchObject({ statusCode: null, permanent: true });
    expect(literal.error).toContain('127.0.0.1');
    const mapped = await send(delivery(`http://[::ffff:7f00:1]:${port}/hook`));
    expect(mapped).toMatchObject({ statusCode: null, permanent: true });
    expect(received).toBe(before);
  });

  it('R6.2: without the block (tests, development) the receiver gets the signed POST; a failure there is not permanent', async () => {
    const send = httpSender({ timeoutSeconds: 5, blockPrivateAddresses: false });
    const ok = await send(delivery(`http://127.0.0.1:${port}/hook`));
    expect(ok).toMatchObject({ statusCode: 204, error: null });
    expect(ok.permanent).toBeUndefined();
    const closed = await send(delivery('http://127.0.0.1:1/hook'));
    expect(closed.statusCode).toBeNull();
    expect(closed.permanent).toBeUndefined();
  });
});
