import { describe, expect, it } from 'vitest';
import { createFormat } from './use-format.js';

describe('createFormat', () => {
  const format = createFormat('en-GB');

  it('shows a calendar date as that day, whatever the browser zone', () => {
    expect(format.date('2026-03-01')).toBe('1 Mar 2026');
  });

  it('shows the day of an instant such as a createdAt (the support start page crashed on one)', () => {
    expect(format.date('2026-11-29T15:49:14.123Z')).toMatch(/^(29|30) Nov 2026$/);
  });

  it('never throws on a value that is not a date: it shows the value as it came', () => {
    expect(format.date('not a date')).toBe('not a date');
    expect(format.date('2026-13-45')).toBe('2026-13-45');
    expect(format.dateTime('')).toBe('');
    expect(format.day('\u0000')).toBe('\u0000');
  });
});
