import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatInstant,
  formatMonth,
  formatMonthNumeric,
  monthName,
  parseMonth,
} from '../../src/shared/i18n/dates';

describe('dates and times as the clerk reads them (DD-MM-YYYY, 24-hour, months named in the screen language)', () => {
  it('writes stored local dates and times day first, 24-hour', () => {
    expect(formatDate('2026-12-04')).toBe('04-12-2026');
    expect(formatDate('2026-12-04T00:13:00+05:30')).toBe('04-12-2026');
    expect(formatDateTime('2026-12-04T00:13:00+05:30')).toBe('04-12-2026 00:13');
    expect(formatDateTime('2026-12-04T23:59:00+05:30')).toBe('04-12-2026 23:59');
    expect(formatDate(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
  });

  it('puts an instant (a backup time in UTC, a last login) on the facility’s wall clock', () => {
    // 18:43 UTC on 3 December is 00:13 on 4 December in Kishanganj: the "4 दिस॰ 2026, 12:05 am" case.
    expect(formatInstant('2026-12-03T18:43:00.000Z', 'Asia/Kolkata')).toBe('04-12-2026 00:13');
    expect(formatInstant('2026-12-04T06:35:00Z', 'Asia/Kolkata')).toBe('04-12-2026 12:05');
    expect(formatInstant('2026-12-04T06:35:00Z', 'Asia/Kathmandu')).toBe('04-12-2026 12:20');
    expect(formatInstant(null, 'Asia/Kolkata')).toBe('');
  });

  it('names months in Hindi on a Hindi screen and in English on an English one', () => {
    expect(formatMonth('hi', '2026-11')).toBe('नवंबर 2026');
    expect(formatMonth('en', '2026-11')).toBe('November 2026');
    expect(monthName('hi', 2)).toBe('फ़रवरी');
    expect(monthName('en', 12)).toBe('December');
    expect(Array.from({ length: 12 }, (_, i) => monthName('hi', i + 1)).every((m) => /^[\u0900-\u097F]+$/.test(m))).toBe(true);
    expect(formatMonthNumeric('2026-11')).toBe('11-2026');
  });

  it('reads a typed month in either order, with Devanagari digits too, and refuses what is not a month', () => {
    expect(parseMonth('11-2026')).toBe('2026-11');
    expect(parseMonth('3/2026')).toBe('2026-03');
    expect(parseMonth('2026-10')).toBe('2026-10');
    expect(parseMonth('११-२०२६')).toBe('2026-11');
    expect(parseMonth('13-2026')).toBeNull();
    expect(parseMonth('11-1850')).toBeNull();
    expect(parseMonth('nov')).toBeNull();
  });
});
