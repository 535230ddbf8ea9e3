import type { CheckIn } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { businessDayOf, nextCheckIn } from '../../src/background/plan-days';
import { samplePlan } from '../support/sample-plan';

// The sample plan: Mon 2026-03-02 .. Fri 2026-03-27, Monday to Friday, check-ins every Friday.
const plan = samplePlan();

function heldOn(date: string): CheckIn {
  return {
    id: date,
    planId: plan.id,
    authorId: 'm',
    date,
    createdAt: `${date}T18:00:00Z`,
    question: 'q',
    answer: '',
    actionItems: [],
  };
}

describe('businessDayOf', () => {
  it.each([
    ['2026-02-27', 0],
    ['2026-03-02', 1],
    ['2026-03-06', 5],
    ['2026-03-07', 5],
    ['2026-03-09', 6],
    ['2026-03-27', 20],
    ['2026-04-10', 20],
  ])('%s is business day %i of 20', (date, day) => {
    expect(businessDayOf(plan, date)).toEqual({ day, total: 20 });
  });

  it('skips holidays', () => {
    expect(businessDayOf(samplePlan({ holidays: ['2026-03-03'] }), '2026-03-06')).toEqual({
      day: 4,
      total: 19,
    });
  });
});

describe('nextCheckIn', () => {
  it('is the next cadence weekday on or after today', () => {
    expect(nextCheckIn(plan, '2026-03-02', [])).toBe('2026-03-06');
    expect(nextCheckIn(plan, '2026-03-06', [])).toBe('2026-03-06');
    expect(nextCheckIn(plan, '2026-03-07', [])).toBe('2026-03-13');
  });

  it('moves on once the slot was held, even a day early', () => {
    expect(nextCheckIn(plan, '2026-03-05', [heldOn('2026-03-05')])).toBe('2026-03-13');
    expect(nextCheckIn(plan, '2026-03-05', [{ ...heldOn('2026-03-05'), deleted: true }])).toBe('2026-03-06');
  });

  it('follows a two-week cadence from the first slot', () => {
    const fortnightly = samplePlan({ checkInCadence: { everyWeeks: 2, weekday: 3 } });
    expect(nextCheckIn(fortnightly, '2026-03-05', [])).toBe('2026-03-18');
  });

  it('is null without a cadence or after the last slot', () => {
    expect(nextCheckIn(samplePlan({ checkInCadence: undefined }), '2026-03-05', [])).toBeNull();
    expect(nextCheckIn(plan, '2026-03-28', [])).toBeNull();
  });
});
