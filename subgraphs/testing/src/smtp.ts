import { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  /** Message body with quoted-printable soft breaks and escapes undone. */
  text: string;
  raw: string;
  /** Address of the host that delivered it (which replica did the work, in the multi-host drill). */
  remoteAddress?: string;
}

export interface TestSmtp {
  url: string;
  messages: ReceivedMail[];
  /** Resolves when a mail matching the predicate has arrived. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
}

function decodeQuotedPrintable(value: string): string {
  const bytes = value
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function header(raw: string, name: string): string {
  const match = new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'mi').exec(raw);
  return match ? match[1]!.replace(/\r?\n[ \t]/g, ' ') : '';
}

/**
 * A real SMTP server on a free port (or the given one: the fault drills restart it there) that
 * keeps every message it receives.
 */
export async function startTestSmtp(port = 0, host = '127.0.0.1'): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = chunks.map((c) => c.toString('utf8')).join('');
        const [head = '', ...body] = raw.split(/\r?\n\r?\n/);
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: header(head, 'Subject'),
          text: decodeQuotedPrintable(body.join('\n\n')),
          raw,
          remoteAddress: session.remoteAddress,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://${host}:${bound}`,
    messages,
    waitFor: async (match, timeoutMs = 15_000) => {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        const found = messages.find(match);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(
        `No matching mail within ${timeoutMs} ms; received: ${messages.map((m) => m.subject).join(' | ')}`,
      );
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
