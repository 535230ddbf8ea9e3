import { describe, expect, it } from 'vitest';
import {
  formatCompactMoney,
  formatCount,
  formatDate,
  formatDayDate,
  formatFigure,
  formatInstant,
  formatMoney,
  formatNeed,
  formatNeeded,
  formatRatio,
  formatShortDate,
  formatValue,
} from '../../src/present/format.js';

describe('number formats', () => {
  it('writes counts with at most one decimal below 100, whole from 100', () => {
    expect(formatCount(32, 'en-US')).toBe('32');
    expect(formatCount(12.345, 'en-US')).toBe('12.3');
    expect(formatCount(1234.5, 'en-US')).toBe('1,235');
    expect(formatCount(12.5, 'de-DE')).toBe('12,5');
  });

  it('writes money in the plan currency and the reader locale, in whole units', () => {
    expect(formatMoney(60_000, 'USD', 'en-US')).toBe('$60,000');
    expect(formatMoney(7272.7, 'EUR', 'de-DE')).toBe(`7.273\u00a0€`);
    expect(formatCompactMoney(60_000, 'USD', 'en-US')).toBe('$60K');
  });

  it('falls back to a plain number for a currency code Intl does not know', () => {
    expect(formatMoney(1500, 'not-a-code', 'en-US')).toBe('1,500');
  });

  it('rounds what is still needed up, ignoring float noise', () => {
    expect(formatNeeded(17.2, false, 'USD', 'en-US')).toBe('18');
    expect(formatNeeded(3.0000000001, false, 'USD', 'en-US')).toBe('3');
    expect(formatNeeded(7272.2, true, 'USD', 'en-US')).toBe('$7,273');
    expect(formatNeed('calls', 1.1, 'USD', 'en-US')).toBe('2');
  });

  it('chooses money for sum metrics and counts otherwise', () => {
    expect(formatValue('pipeline_created', 25_000, 'USD', 'en-US')).toBe('$25,000');
    expect(formatValue('calls', 25, 'USD', 'en-US')).toBe('25');
    expect(formatFigure(25, true, 'GBP', 'en-GB')).toBe('£25');
  });

  it('writes a ratio as a percentage, or a dash without one', () => {
    expect(formatRatio(0.836, 'en-US')).toBe('84%');
    expect(formatRatio(null, 'en-US')).toBe('\u2014');
  });
});

describe('date formats', () => {
  it('shows a civil date on its own day whatever the zone', () => {
    expect(formatShortDate('2026-11-18', 'en-US')).toBe('Nov 18');
    expect(formatDayDate('2026-03-13', 'en-US')).toBe('Fri, Mar 13');
    expect(formatDate('2026-11-18', 'en-US')).toBe('Wed, Nov 18, 2026');
    expect(formatDate('not a date', 'en-US')).toBe('not a date');
  });

  it('shows an instant in the zone it is given', () => {
    expect(formatInstant('2026-11-18T20:30:00Z', 'America/New_York', 'en-US')).toMatch(/Nov 18, 2026.*3:30/);
    expect(formatInstant('2026-11-19T03:30:00Z', 'Asia/Tokyo', 'en-US')).toMatch(/Nov 19, 2026.*12:30/);
  });
});
