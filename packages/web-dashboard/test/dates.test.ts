import { describe, expect, it } from 'vitest';
import { formatCivilDate, isCivilDate, localCivilDate } from '../src/dates';

describe('localCivilDate', () => {
  it('writes the local calendar date as YYYY-MM-DD', () => {
    expect(localCivilDate(new Date(2025, 10, 5, 23, 59))).toBe('2025-11-05');
    expect(localCivilDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

describe('isCivilDate', () => {
  it.each(['2025-11-25', '2024-02-29', '0099-01-01'])('accepts %s', (value) => {
    expect(isCivilDate(value)).toBe(true);
  });

  it.each(['', '2025-02-29', '2025-13-01', '2025-11-31', '25-11-25', '2025-11-25T00:00'])(
    'rejects %j',
    (value) => {
      expect(isCivilDate(value)).toBe(false);
    },
  );
});

describe('formatCivilDate', () => {
  it('formats the calendar date itself, whatever the host time zone', () => {
    expect(formatCivilDate('2025-11-25', 'en-US')).toBe('Tuesday, November 25, 2025');
    expect(formatCivilDate('2026-01-01', 'en-US')).toBe('Thursday, January 1, 2026');
  });

  it('follows the requested locale', () => {
    // Compared with Intl itself: punctuation of full dates differs between ICU versions.
    const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(
      Date.UTC(2026, 0, 1),
    );
    expect(formatCivilDate('2026-01-01', 'en-GB')).toBe(expected);
    expect(expected).toContain('1 January 2026');
  });

  it('returns null for an empty or invalid value', () => {
    expect(formatCivilDate('', 'en-US')).toBeNull();
    expect(formatCivilDate('2025-02-30', 'en-US')).toBeNull();
  });
});
