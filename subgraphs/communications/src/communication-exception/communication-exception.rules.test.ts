import { describe, expect, it } from 'vitest';
import { CommunicationMethod } from '@casework/kit';
import { CommunicationExceptionStatus } from './communication-exception.entity.js';
import {
  checkExceptionPeriod,
  exceptedMethodsOn,
  exceptionsInForce,
  isExceptionInForce,
} from './communication-exception.rules.js';

const { ACTIVE, CANCELLED } = CommunicationExceptionStatus;
const { EMAIL, PHONE, POST } = CommunicationMethod;

describe('communication exceptions (R2.7)', () => {
  it('R2.7: an active exception forbids its method from its first to its last day, inclusive', () => {
    const e = { method: EMAIL, status: ACTIVE, fromDate: '2026-03-01', toDate: '2026-03-31' };
    expect(
      ['2026-02-28', '2026-03-01', '2026-03-15', '2026-03-31', '2026-04-01'].map((d) =>
        isExceptionInForce(e, d),
      ),
    ).toEqual([false, true, true, true, false]);
  });

  it('R2.7: without a to-date it applies from its first day on; cancelled ones never apply', () => {
    const open = { method: POST, status: ACTIVE, fromDate: '2026-03-01', toDate: null };
    expect(isExceptionInForce(open, '2099-12-31')).toBe(true);
    expect(isExceptionInForce({ ...open, status: CANCELLED }, '2026-03-02')).toBe(false);
  });

  it('R2.7: lists each excepted method of a date once, in a stable order', () => {
    const exceptions = [
      { method: PHONE, status: ACTIVE, fromDate: '2026-01-01' },
      { method: EMAIL, status: ACTIVE, fromDate: '2026-01-01', toDate: '2026-01-31' },
      { method: EMAIL, status: ACTIVE, fromDate: '2026-01-10', toDate: '2026-02-10' },
      { method: POST, status: CANCELLED, fromDate: '2026-01-01' },
    ];
    expect(exceptedMethodsOn(exceptions, '2026-01-15')).toEqual([EMAIL, PHONE]);
    expect(exceptedMethodsOn(exceptions, '2026-02-15')).toEqual([PHONE]);
    expect(exceptedMethodsOn(exceptions, '2025-12-31')).toEqual([]);
  });

  it('refuses a to-date before the from-date, naming the field; the same day is fine', () => {
    expect(() => checkExceptionPeriod('2026-03-10', '2026-03-09')).toThrow(
      /input\.toDate: toDate \(2026-03-09\) must not be before fromDate/,
    );
    expect(() => checkExceptionPeriod('2026-03-10', '2026-03-10')).not.toThrow();
    expect(() => checkExceptionPeriod('2026-03-10', null)).not.toThrow();
  });

  it('R2.7: the exceptions in force on a date are the active ones whose period covers it', () => {
    const exceptions = [
      { id: 'a', method: EMAIL, status: ACTIVE, fromDate: '2026-03-01', toDate: '2026-03-31' },
      { id: 'b', method: POST, status: CANCELLED, fromDate: '2026-03-01', toDate: null },
      { id: 'c', method: PHONE, status: ACTIVE, fromDate: '2026-03-31', toDate: null },
    ];
    expect(exceptionsInForce(exceptions, '2026-03-30').map((e) => e.id)).toEqual(['a']);
    expect(exceptionsInForce(exceptions, '2026-03-31').map((e) => e.id)).toEqual(['a', 'c']);
    expect(exceptionsInForce(exceptions, '2026-02-28')).toEqual([]);
  });
});
