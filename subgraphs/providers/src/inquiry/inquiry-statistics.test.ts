import { startTestSubgraph, type TestSubgraph } from '@casework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalIdentity } from '../portal-account/portal-account.testing.js';
import { providersSubgraph } from '../index.js';
import { InquiryMethod } from '../provider/inquiry-method.js';
import { Provider } from '../provider/provider.entity.js';
import { Service } from '../service/service.entity.js';
import { InquiryStatus } from './inquiry-status.js';
import { Inquiry } from './inquiry.entity.js';

const HOUR = 3600_000;
const T0 = new Date(Date.now() - 30 * 24 * HOUR);
let subgraph: TestSubgraph;
let providerId: string;
let serviceId: string;
let otherServiceId: string;

// A crafted data set with known answers (R1.9).
beforeAll(async () => {
  subgraph = await startTestSubgraph(providersSubgraph);
  const em = subgraph.orm.em.fork();
  const provider = em.create(Provider, { reference: 'PR-STATS001', name: 'Stats Pflege' });
  const other = em.create(Provider, { reference: 'PR-STATS002', name: 'Other Pflege' });
  const service = em.create(Service, { code: 'HOME-CARE', name: 'Home care' });
  const otherService = em.create(Service, { code: 'MEALS', name: 'Meals' });
  providerId = provider.id;
  serviceId = service.id;
  otherServiceId = otherService.id;
  let n = 0;
  const add = (
    p: Provider,
    s: Service,
    status: InquiryStatus,
    sentAt: Date,
    responseHours: number | null,
  ) =>
    em.create(Inquiry, {
      reference: `IQ-STATS${String(++n).padStart(3, '0')}`,
      provider: p,
      service: s,
      personId: '0b9e5f5a-0001-4000-8000-000000000001',
      periodFrom: '2099-01-01',
      periodTo: '2099-01-31',
      details: 'x',
      method: InquiryMethod.EMAIL,
      status,
      sentAt,
      firstResponseAt:
        responseHours === null ? null : new Date(sentAt.getTime() + responseHours * HOUR),
      answeredAt: responseHours === null ? null : new Date(sentAt.getTime() + responseHours * HOUR),
      createdById: 'cw',
      createdBy: 'Clara',
      createdByEmail: 'clara@agency.test',
    });
  add(provider, service, InquiryStatus.ANSWERED_AVAILABLE, T0, 2);
  add(provider, service, InquiryStatus.ANSWERED_NOT_AVAILABLE, T0, 4);
  add(provider, otherService, InquiryStatus.ANSWERED_AVAILABLE, T0, 10);
  add(provider, service, InquiryStatus.SENT, T0, null);
  add(provider, service, InquiryStatus.WITHDRAWN, T0, null); // withdrawn before any response: not counted
  add(
    provider,
    service,
    InquiryStatus.ANSWERED_AVAILABLE,
    new Date(T0.getTime() - 800 * 24 * HOUR),
    1,
  ); // outside the period
  add(other, service, InquiryStatus.ANSWERED_NOT_AVAILABLE, T0, 48);
  await em.flush();
});
afterAll(() => subgraph.stop());

const FIELDS =
  'sentCount answeredCount unansweredCount positiveCount positiveShare averageHoursToFirstResponse medianHoursToFirstResponse';

describe('inquiry statistics (R1.9)', () => {
  it('per provider: counts, share answered positively, mean and median time to first response', async () => {
    const res = await subgraph.query<{ provider: { statistics: Record<string, number> } }>(
      `query($id: ID!) { provider(id: $id) { statistics { ${FIELDS} } } }`,
      { id: providerId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.provider.statistics).toEqual({
      sentCount: 4,
      answeredCount: 3,
      unansweredCount: 1,
      positiveCount: 2,
      positiveShare: 2 / 3,
      averageHoursToFirstResponse: 5.33,
      medianHoursToFirstResponse: 4,
    });
  });

  it('per provider and service, overall, and for a chosen period', async () => {
    const perService = await subgraph.query<{ provider: { statistics: Record<string, number> } }>(
      `query($id: ID!, $s: ID) { provider(id: $id) { statistics(serviceId: $s) { sentCount answeredCount averageHoursToFirstResponse } } }`,
      { id: providerId, s: serviceId },
    );
    expect(perService.data?.provider.statistics).toEqual({
      sentCount: 3,
      answeredCount: 2,
      averageHoursToFirstResponse: 3,
    });
    const overall = await subgraph.query<{ inquiryStatistics: Record<string, number> }>(
      `{ inquiryStatistics { sentCount answeredCount positiveCount medianHoursToFirstResponse } }`,
    );
    expect(overall.data?.inquiryStatistics).toEqual({
      sentCount: 5,
      answeredCount: 4,
      positiveCount: 2,
      medianHoursToFirstResponse: 7,
    });
    const longAgo = await subgraph.query<{ inquiryStatistics: Record<string, number> }>(
      `query($from: DateTimeISO, $to: DateTimeISO) { inquiryStatistics(from: $from, to: $to) { sentCount answeredCount } }`,
      {
        from: new Date(T0.getTime() - 900 * 24 * HOUR).toISOString(),
        to: new Date(T0.getTime() - 700 * 24 * HOUR).toISOString(),
      },
    );
    expect(longAgo.data?.inquiryStatistics).toEqual({ sentCount: 1, answeredCount: 1 });
    const services = await subgraph.query<{ inquiryStatistics: { sentCount: number } }>(
      `query($s: ID) { inquiryStatistics(serviceId: $s) { sentCount } }`,
      { s: otherServiceId },
    );
    expect(services.data?.inquiryStatistics.sentCount).toBe(1);
  });

  it('an empty period has zero counts and no times; a reversed period is refused', async () => {
    const empty = await subgraph.query<{ inquiryStatistics: Record<string, unknown> }>(
      `query($from: DateTimeISO, $to: DateTimeISO) { inquiryStatistics(from: $from, to: $to) { ${FIELDS} } }`,
      { from: '2001-01-01T00:00:00Z', to: '2001-02-01T00:00:00Z' },
    );
    expect(empty.data?.inquiryStatistics).toEqual({
      sentCount: 0,
      answeredCount: 0,
      unansweredCount: 0,
      positiveCount: 0,
      positiveShare: null,
      averageHoursToFirstResponse: null,
      medianHoursToFirstResponse: null,
    });
    const reversed = await subgraph.query(
      `{ inquiryStatistics(from: "2030-01-01T00:00:00Z", to: "2029-01-01T00:00:00Z") { sentCount } }`,
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'from' }],
    });
  });

  it('R1.9: by calendar month, every month of the period, clipped to it, adding up to the period figures', async () => {
    const from = new Date(Date.UTC(T0.getUTCFullYear(), T0.getUTCMonth() - 2, 15, 12));
    const to = new Date(T0.getTime() + 1000);
    type Month = { from: string; to: string; sentCount: number; answeredCount: number };
    const res = await subgraph.query<{
      provider: { statistics: Record<string, number>; statisticsByMonth: Month[] };
    }>(
      `query($id: ID!, $from: DateTimeISO, $to: DateTimeISO) { provider(id: $id) {
        statistics(from: $from, to: $to) { sentCount answeredCount }
        statisticsByMonth(from: $from, to: $to) { from to sentCount answeredCount medianHoursToFirstResponse } } }`,
      { id: providerId, from: from.toISOString(), to: to.toISOString() },
    );
    expect(res.errors).toBeUndefined();
    const months = res.data!.provider.statisticsByMonth;
    const start = (m: number) =>
      new Date(Date.UTC(T0.getUTCFullYear(), T0.getUTCMonth() + m, 1)).toISOString();
    // Three months: from the 15th two months back to T0's month, which holds all four inquiries.
    expect(months.map((m) => [m.from, m.to])).toEqual([
      [from.toISOString(), start(-1)],
      [start(-1), start(0)],
      [start(0), to.toISOString()],
    ]);
    expect(months.map((m) => m.sentCount)).toEqual([0, 0, 4]);
    expect(months[2]).toMatchObject({ answeredCount: 3, medianHoursToFirstResponse: 4 });
    expect(months[0]).toMatchObject({ answeredCount: 0, medianHoursToFirstResponse: null });
    expect(months.reduce((sum, m) => sum + m.sentCount, 0)).toBe(
      res.data!.provider.statistics.sentCount,
    );

    const byDefault = await subgraph.query<{
      provider: { statistics: Month; statisticsByMonth: Month[] };
    }>(
      `query($id: ID!) { provider(id: $id) { statistics { from to sentCount answeredCount } statisticsByMonth { from to sentCount answeredCount } } }`,
      { id: providerId },
    );
    const { statistics, statisticsByMonth } = byDefault.data!.provider;
    expect(statisticsByMonth[0]!.from).toBe(statistics.from);
    expect(statisticsByMonth.at(-1)!.to).toBe(statistics.to);
    statisticsByMonth.slice(1).forEach((m, i) => expect(m.from).toBe(statisticsByMonth[i]!.to));
    expect(statisticsByMonth.reduce((sum, m) => sum + m.answeredCount, 0)).toBe(
      statistics.answeredCount,
    );

    const tooLong = await subgraph.query(
      `query($id: ID!) { provider(id: $id) { statisticsByMonth(from: "2001-01-01T00:00:00Z") { sentCount } } }`,
      { id: providerId },
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'from' }],
    });
  });

  it('provider users see their own figures only', async () => {
    const user = await portalIdentity(subgraph, providerId);
    const own = await subgraph.query<{ inquiryStatistics: { sentCount: number } }>(
      `{ inquiryStatistics { sentCount } }`,
      {},
      user,
    );
    expect(own.data?.inquiryStatistics.sentCount).toBe(4);
    const foreign = await subgraph.query(
      `query($p: ID) { inquiryStatistics(providerId: $p) { sentCount } }`,
      { p: '0b9e5f5a-0002-4000-8000-000000000009' },
      user,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
