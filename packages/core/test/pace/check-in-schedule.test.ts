import { describe, expect, it } from 'vitest';
import { matchCheckIns, nextCheckIn, scheduledCheckIns } from '../../src/pace/check-in-schedule.js';
import { type CheckIn, type Plan, parsePlan } from '../../src/schemas/index.js';

// Mon 2026-03-02 .. Fri 2026-03-27, check-ins every Friday.
function planWith(extra: Record<string, unknown> = {}): Plan {
  return parsePlan({
    id: 'p',
    title: 'March plan',
    rep: { id: 'r', name: 'Rep' },
    timeZone: 'America/New_York',
    start: '2026-03-02',
    end: '2026-03-27',
    checkInCadence: { everyWeeks: 1, weekday: 5 },
    targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 10 }],
    ...extra,
  });
}

function heldOn(date: string, deleted = false): CheckIn {
  return {
    id: `c-${date}`,
    planId: 'p',
    authorId: 'm',
    date,
    createdAt: `${date}T18:00:00Z`,
    question: 'q',
    answer: '',
    actionItems: [],
    ...(deleted ? { deleted: true } : {}),
  };
}

describe('scheduledCheckIns', () => {
  it('is every cadence weekday from the first one in the plan', () => {
    expect(scheduledCheckIns(planWith())).toEqual(['2026-03-06', '2026-03-13', '2026-03-20', '2026-03-27']);
    expect(scheduledCheckIns(planWith({ checkInCadence: { everyWeeks: 2, weekday: 3 } }))).toEqual([
      '2026-03-04',
      '2026-03-18',
    ]);
  });

  it('moves a slot on a holiday to the next business day', () => {
    expect(scheduledCheckIns(planWith({ holidays: ['2026-03-13'] }))).toEqual([
      '2026-03-06',
      '2026-03-16',
      '2026-03-20',
      '2026-03-27',
    ]);
  });

  it('moves a slot on a day off to the next business day, and drops one pushed past the end', () => {
    const saturdays = planWith({ checkInCadence: { everyWeeks: 1, weekday: 6 } });
    expect(scheduledCheckIns(saturdays)).toEqual(['2026-03-09', '2026-03-16', '2026-03-23']);
  });

  it('is empty without a cadence', () => {
    expect(scheduledCheckIns(planWith({ checkInCadence: undefined }))).toEqual([]);
  });
});

describe('nextCheckIn', () => {
  const plan = planWith();

  it('is the next slot on or after the date', () => {
    expect(nextCheckIn(plan, [], '2026-03-02')).toBe('2026-03-06');
    expect(nextCheckIn(plan, [], '2026-03-06')).toBe('2026-03-06');
    expect(nextCheckIn(plan, [], '2026-03-07')).toBe('2026-03-13');
    expect(nextCheckIn(plan, [], '2026-03-28')).toBeNull();
  });

  it('moves on once the slot was held, even a day early; a deleted check-in holds nothing', () => {
    expect(nextCheckIn(plan, [heldOn('2026-03-05')], '2026-03-05')).toBe('2026-03-13');
    expect(nextCheckIn(plan, [heldOn('2026-03-05', true)], '2026-03-05')).toBe('2026-03-06');
  });

  it('does not know check-ins dated after the date', () => {
    expect(nextCheckIn(plan, [heldOn('2026-03-06')], '2026-03-04')).toBe('2026-03-06');
  });

  it('skips a holiday to the shifted slot', () => {
    expect(nextCheckIn(planWith({ holidays: ['2026-03-13'] }), [], '2026-03-13')).toBe('2026-03-16');
  });
});

describe('matchCheckIns', () => {
  it('lets each check-in hold one slot, the nearest', () => {
    const matched = matchCheckIns(planWith(), [heldOn('2026-03-09'), heldOn('2026-03-12')]);
    expect(matched.map((slot) => slot.heldBy?.date ?? null)).toEqual([
      '2026-03-09',
      '2026-03-12',
      null,
      null,
    ]);
  });
});
