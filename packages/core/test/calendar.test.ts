import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilDateAt,
  fromDayNumber,
  isCivilDate,
  localTimeAt,
  parseInstant,
  startOfLocalDay,
  toDayNumber,
  weekdayOf,
} from '../src/index.js';

describe('civil dates', () => {
  it('round-trips every day number of four centuries through YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        expect(toDayNumber(date)).toBe(dayNumber);
        expect(date).toBe(new Date(dayNumber * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });

  it('knows weekdays, month ends and leap years', () => {
    expect(weekdayOf('2026-11-25')).toBe(3);
    expect(weekdayOf('2026-11-29')).toBe(7);
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(isCivilDate('2026-02-29')).toBe(false);
    expect(isCivilDate('2028-02-29')).toBe(true);
    expect(isCivilDate('2026-13-01')).toBe(false);
    expect(isCivilDate('2026-1-01')).toBe(false);
    expect(() => toDayNumber('2026-04-31')).toThrow(/not a civil date/);
  });
});

describe('parseInstant', () => {
  it('agrees with Date.parse on any canonical UTC instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        expect(parseInstant(new Date(ms).toISOString())).toBe(ms);
      }),
    );
  });

  it('reads offsets, Salesforce +0000 and short fractions', () => {
    expect(parseInstant('2026-11-18T13:00:00-05:00')).toBe(Date.parse('2026-11-18T18:00:00Z'));
    expect(parseInstant('2026-11-18T15:04:05.000+0000')).toBe(Date.parse('2026-11-18T15:04:05Z'));
    expect(parseInstant('2026-11-18T15:04:05.5Z')).toBe(Date.parse('2026-11-18T15:04:05.500Z'));
    expect(parseInstant('2026-11-18T15:04:05.123456789Z')).toBe(Date.parse('2026-11-18T15:04:05.123Z'));
    expect(parseInstant('2026-11-18T15:04Z')).toBe(Date.parse('2026-11-18T15:04:00Z'));
    expect(parseInstant('2026-11-18T05:30:00+05:30')).toBe(Date.parse('2026-11-18T00:00:00Z'));
  });

  it('rejects local times without an offset and impossible values', () => {
    for (const text of [
      '2026-11-18T15:04:05',
      '2026-11-18',
      '2026-02-30T00:00:00Z',
      '2026-11-18T24:00:00Z',
      '2026-11-18T15:60:00Z',
      '2026-11-18T15:04:05.Z',
      '2026-11-18T15:04:05Zjunk',
      '2026-11-18T15:04:05+5:00',
      'yesterday',
    ]) {
      expect(parseInstant(text), text).toBeNaN();
    }
  });
});

describe('time zones', () => {
  it('attributes instants around local midnight across the March DST change in New York', () => {
    expect(civilDateAt(Date.parse('2026-03-09T03:59:59Z'), 'America/New_York')).toBe('2026-03-08');
    expect(civilDateAt(Date.parse('2026-03-09T04:00:00Z'), 'America/New_York')).toBe('2026-03-09');
    expect(civilDateAt(Date.parse('2026-03-08T04:59:59Z'), 'America/New_York')).toBe('2026-03-07');
    expect(civilDateAt(Date.parse('2026-03-08T05:00:00Z'), 'America/New_York')).toBe('2026-03-08');
  });

  it('attributes instants around local midnight across the November DST change in New York', () => {
    expect(civilDateAt(Date.parse('2026-11-01T03:59:59Z'), 'America/New_York')).toBe('2026-10-31');
    expect(civilDateAt(Date.parse('2026-11-01T04:00:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(civilDateAt(Date.parse('2026-11-02T04:59:59Z'), 'America/New_York')).toBe('2026-11-01');
    expect(civilDateAt(Date.parse('2026-11-02T05:00:00Z'), 'America/New_York')).toBe('2026-11-02');
    // 01:30 happens twice on Nov 1; both belong to Nov 1.
    expect(civilDateAt(Date.parse('2026-11-01T05:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(civilDateAt(Date.parse('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01');
  });

  it('reads the wall clock at an instant', () => {
    const local = localTimeAt(Date.parse('2026-11-18T18:00:30Z'), 'America/New_York');
    expect(fromDayNumber(local.dayNumber)).toBe('2026-11-18');
    expect(local.minutes).toBe(13 * 60 + 0.5);
  });

  it('finds the first instant of each local day, including days that skip midnight', () => {
    const zones = [
      'America/New_York',
      'Europe/Paris',
      'Asia/Kolkata',
      'America/Santiago',
      'Pacific/Chatham',
      'UTC',
    ];
    const from = toDayNumber('2026-01-01');
    for (const zone of zones) {
      for (let day = from; day < from + 366; day += 1) {
        const start = startOfLocalDay(day, zone);
        expect(localTimeAt(start, zone).dayNumber, `${zone} ${fromDayNumber(day)}`).toBe(day);
        expect(localTimeAt(start - 1, zone).dayNumber, `${zone} ${fromDayNumber(day)}`).toBe(day - 1);
      }
    }
    // Chile moves its clocks from 00:00 to 01:00 on the first Sunday of September.
    const santiago = startOfLocalDay(toDayNumber('2026-09-06'), 'America/Santiago');
    expect(localTimeAt(santiago, 'America/Santiago').minutes).toBe(60);
  });
});
