/**
 * "Business day k of N": counted like pace.md's elapsed business time, with the current
 * business day taken whole, so a weekend or a holiday stays at the last business day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/civil-date.js';
import { businessDayAt, businessDayOf } from '../../src/pace/business-day.js';
import { evaluatePlan } from '../../src/pace/evaluate.js';
import { parsePlan } from '../../src/schemas/index.js';

// Mon 2026-03-02 .. Fri 2026-03-27 in New York: 20 business days; DST starts Sun 2026-03-08.
const plan = parsePlan({
  id: 'p',
  title: 'March plan',
  rep: { id: 'r', name: 'Rep' },
  timeZone: 'America/New_York',
  start: '2026-03-02',
  end: '2026-03-27',
  targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 10 }],
});

describe('businessDayOf', () => {
  it.each([
    ['2026-02-27', 0, 'before the plan'],
    ['2026-03-02', 1, 'the first day'],
    ['2026-03-06', 5, 'Friday'],
    ['2026-03-07', 5, 'Saturday: still the last business day'],
    ['2026-03-08', 5, 'Sunday'],
    ['2026-03-09', 6, 'Monday'],
    ['2026-03-27', 20, 'the last day'],
    ['2026-04-10', 20, 'after the plan'],
  ])('%s is day %i of 20 (%s)', (date, day) => {
    expect(businessDayOf(plan, date)).toEqual({ day, total: 20 });
  });

  it('does not count a holiday, and stays on the day before it', () => {
    const withHoliday = parsePlan({ ...plan, holidays: ['2026-03-04'] });
    expect(businessDayOf(withHoliday, '2026-03-04')).toEqual({ day: 2, total: 19 });
    expect(businessDayOf(withHoliday, '2026-03-05')).toEqual({ day: 3, total: 19 });
  });

  it('brackets elapsed business time E: k - 1 <= E <= k on a business day, E = k on any other', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 30 }), fc.integer({ min: 0, max: 23 }), (offset, hour) => {
        const date = addDays(plan.start, offset);
        const asOf = `${date}T${String(hour).padStart(2, '0')}:30:00-05:00`;
        const { date: t, businessDays } = evaluatePlan(plan, [], asOf);
        const { day } = businessDayOf(plan, t);
        const isBusinessDay = businessDayOf(plan, addDays(t, -1)).day < day;
        if (isBusinessDay) {
          expect(businessDays.elapsed).toBeGreaterThanOrEqual(day - 1);
          expect(businessDays.elapsed).toBeLessThanOrEqual(day);
        } else {
          expect(businessDays.elapsed).toBeCloseTo(day, 9);
        }
      }),
    );
  });
});

describe('businessDayAt', () => {
  it('reads the date in the plan zone across the DST change', () => {
    // 2026-03-09 00:30 in New York is 04:30Z (EDT, -04:00); a day earlier it was -05:00.
    expect(businessDayAt(plan, '2026-03-09T04:30:00Z')).toEqual({ day: 6, total: 20 });
    // 03:30Z on the 9th is still Sunday the 8th in New York: the last business day so far.
    expect(businessDayAt(plan, '2026-03-09T03:30:00Z')).toEqual({ day: 5, total: 20 });
    expect(businessDayAt(plan, '2026-03-08T07:30:00Z')).toEqual({ day: 5, total: 20 });
  });

  it('refuses an instant without a zone', () => {
    expect(() => businessDayAt(plan, '2026-03-09T10:00:00')).toThrow(RangeError);
  });
});
