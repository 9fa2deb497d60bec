import { DEMO_PERSONS, DEMO_PROVIDERS } from '@casework/contracts';
import { request } from 'node:http';
import { type Client, createClient } from 'graphql-ws';

const HOME_CARE = '0b9e5f5a-0004-4000-8000-000000000001';
const CREATE = `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id reference } }`;
const ANSWER = `mutation($id: ID!) { answerInquiry(id: $id, input: { answer: CAN_DELIVER }) { status } }`;
const READ = `query($id: ID!) { person(id: $id) { name } }`;

export interface Outcome {
  at: number;
  phase: string;
  kind: 'read' | 'create' | 'answer';
  ok: boolean;
  ms: number;
  error?: string;
}

export interface AckedInquiry {
  id: string;
  reference: string;
  marker: string;
  answeredAt?: number;
}

/** POST /graphql with node:http and a fresh connection per request (as many clients behind a balancer). */
export function graphql(
  baseUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: unknown[] } }> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/graphql`,
      {
        method: 'POST',
        agent: false,
        timeout: 20_000,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as never });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: { errors: [text.slice(0, 200)] } });
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(payload);
  });
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json()) as { token?: string };
  if (!body.token) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return body.token;
}

/**
 * A steady mixed load, one operation every `intervalMs`: reads of a person (two subgraphs' worth
 * of plan), and writes: a new internet inquiry by the caseworker, answered by the provider (which
 * raises the event the subscriber and the inbox must show, and a mail). Every outcome is recorded;
 * every acknowledged write is kept to be read back.
 */
export class MixedLoad {
  readonly outcomes: Outcome[] = [];
  readonly acked: AckedInquiry[] = [];
  phase = 'start';
  private running = false;
  private inFlight = new Set<Promise<void>>();
  private sequence = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly caseworker: string,
    private readonly provider: string,
    private readonly intervalMs: number,
    private readonly maxOperations: number,
  ) {}

  start(): void {
    this.running = true;
    const tick = () => {
      if (!this.running || this.sequence >= this.maxOperations) return;
      const op = this.operation(this.sequence++);
      this.inFlight.add(op);
      void op.finally(() => this.inFlight.delete(op));
      setTimeout(tick, this.intervalMs);
    };
    tick();
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all([...this.inFlight]);
  }

  /** `run` answers true, or what went wrong. */
  private async timed(kind: Outcome['kind'], run: () => Promise<true | string>): Promise<boolean> {
    const started = Date.now();
    const phase = this.phase;
    let ok = false;
    let error: string | undefined;
    try {
      const result = await run();
      ok = result === true;
      if (result !== true) error = result;
    } catch (e) {
      error = (e as Error).message;
    }
    this.outcomes.push({ at: started, phase, kind, ok, ms: Date.now() - started, error });
    return ok;
  }

  private async operation(n: number): Promise<void> {
    // Two reads for each write.
    if (n % 3 !== 2) {
      await this.timed('read', async () => {
        const res = await graphql(this.baseUrl, this.caseworker, READ, {
          id: DEMO_PERSONS.annaSchmidt,
        });
        return res.status === 200 && !res.body.errors && res.body.data?.person
          ? true
          : failure(res);
      });
      return;
    }
    const marker = `drill-${process.pid}-${n}`;
    let created: { id: string; reference: string } | undefined;
    await this.timed('create', async () => {
      const year = new Date().getFullYear() + 1;
      const res = await graphql(this.baseUrl, this.caseworker, CREATE, {
        input: {
          providerId: DEMO_PROVIDERS.sonnenhof,
          personId: DEMO_PERSONS.annaSchmidt,
          serviceId: HOME_CARE,
          periodFrom: `${year}-05-01`,
          periodTo: `${year}-05-31`,
          details: marker,
          method: 'INTERNET',
        },
      });
      created = (res.body.data?.createInquiry as typeof created) ?? undefined;
      return res.status === 200 && !res.body.errors && created ? true : failure(res);
    });
    if (!created) return;
    const acked: AckedInquiry = { ...created, marker };
    this.acked.push(acked);
    await this.timed('answer', async () => {
      const res = await graphql(this.baseUrl, this.provider, ANSWER, { id: acked.id });
      if (res.status !== 200 || res.body.errors) return failure(res);
      acked.answeredAt = Date.now();
      return true;
    });
  }
}

/** HTTP status and the first error's code, such as `503 SERVICE_UNAVAILABLE`. */
function failure(res: { status: number; body: { errors?: unknown[] } }): string {
  const first = res.body.errors?.[0] as { extensions?: { code?: string } } | string | undefined;
  const code =
    typeof first === 'string'
      ? first
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 40)
      : (first?.extensions?.code ?? '');
  return `HTTP ${res.status} ${code}`.trim();
}

export interface LiveNotification {
  subjectId: string;
  at: number;
}

/**
 * A caseworker's bell through the balancer: graphql-ws with the apps' reconnect policy (at once
 * after 1012, else a short backoff), resubscribing after every reconnection.
 */
export function subscriber(wsUrl: string, token: string) {
  const received: LiveNotification[] = [];
  const connectedAt: number[] = [];
  const closedAt: { at: number; code: number; reason: string }[] = [];
  let lastClose: number | undefined;
  const client: Client = createClient({
    url: wsUrl,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) =>
      new Promise((resolve) =>
        setTimeout(
          resolve,
          retries === 0 && lastClose === 1012 ? 0 : Math.min(250 * 2 ** retries, 2000),
        ),
      ),
    on: {
      connected: () => connectedAt.push(Date.now()),
      closed: (event) => {
        const { code, reason } = event as { code?: number; reason?: string };
        lastClose = code;
        closedAt.push({ at: Date.now(), code: code ?? 0, reason: reason ?? '' });
      },
    },
  });
  const dispose = client.subscribe<{ notificationAdded: { subjectId: string } }>(
    { query: 'subscription { notificationAdded { id subjectId } }' },
    {
      next: (result) => {
        const subjectId = result.data?.notificationAdded.subjectId;
        if (subjectId) received.push({ subjectId, at: Date.now() });
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return {
    received,
    connectedAt,
    closedAt,
    close: async () => {
      dispose();
      await client.dispose();
    },
  };
}

/** The caseworker's inbox: every notification's subject, paging through. */
export async function inboxSubjects(baseUrl: string, token: string): Promise<Set<string>> {
  const subjects = new Set<string>();
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const res = await graphql(
      baseUrl,
      token,
      `
        query ($after: String) {
          myNotifications(first: 100, after: $after) {
            nodes {
              subjectId
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `,
      { after },
    );
    const connection = res.body.data?.myNotifications as
      | { nodes: { subjectId: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } }
      | undefined;
    if (!connection) throw new Error(`inbox read failed: ${JSON.stringify(res.body.errors)}`);
    for (const node of connection.nodes) subjects.add(node.subjectId);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return subjects;
}

/** Reads every acknowledged inquiry back, and counts the inquiries carrying each write's marker. */
export async function readBack(
  baseUrl: string,
  token: string,
  acked: AckedInquiry[],
): Promise<{ lost: string[]; duplicated: string[] }> {
  const lost: string[] = [];
  const duplicated: string[] = [];
  const markers = new Map<string, number>();
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const res = await graphql(
      baseUrl,
      token,
      `
        query ($after: String) {
          inquiries(first: 100, after: $after) {
            nodes {
              id
              details
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `,
      { after },
    );
    const connection = res.body.data?.inquiries as
      | {
          nodes: { id: string; details: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        }
      | undefined;
    if (!connection) throw new Error(`inquiries read failed: ${JSON.stringify(res.body.errors)}`);
    for (const node of connection.nodes)
      if (node.details?.startsWith('drill-'))
        markers.set(node.details, (markers.get(node.details) ?? 0) + 1);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  for (const write of acked) {
    const res = await graphql(
      baseUrl,
      token,
      `
        query ($id: ID!) {
          inquiry(id: $id) {
            id
            details
          }
        }
      `,
      {
        id: write.id,
      },
    );
    const found = res.body.data?.inquiry as { details: string } | null | undefined;
    if (!found || found.details !== write.marker) lost.push(write.reference);
    if ((markers.get(write.marker) ?? 0) > 1) duplicated.push(write.reference);
  }
  return { lost, duplicated };
}
