/**
 * The next-action sentences of docs/ux.md, checked against figures computed by hand, first on
 * docs/pace.md's worked example (through evaluatePlan), then on hand-built evaluations.
 */
import { describe, expect, it } from 'vitest';
import {
  countStillNeeded,
  evaluatePlan,
  type NextActionPeriod,
  type NextActionTarget,
  nextAction,
  nextActionSentence,
  roundRateUp,
  type TargetEvaluation,
} from '../src/index.js';
import {
  activitiesAt,
  WORKED_EXAMPLE_TARGETS,
  workedExampleActivities,
  workedExamplePlan,
} from './helpers.js';

const US = { workingHoursEnd: '17:00', locale: 'en-US', currency: 'USD' } as const;

describe('pace.md worked example at 13:00 EST on Wednesday 2026-11-18', () => {
  const AS_OF = '2026-11-18T18:00:00Z';
  const plan = workedExamplePlan(WORKED_EXAMPLE_TARGETS);
  // 11 of the 12 settled days met (50 calls), the first missed (40 calls).
  const activities = workedExampleActivities(plan, 1);
  const result = evaluatePlan(plan, activities, AS_OF);
  const target = (id: string): TargetEvaluation => {
    const found = result.targets.find((candidate) => candidate.targetId === id);
    if (!found) throw new Error(`no target ${id}`);
    return found;
  };

  it('pipeline: (100,000 - 60,000) / 5.5 = 7,272.73 a day, rounded up to $7,273', () => {
    expect(nextAction(target('pipeline'))).toEqual({
      kind: 'per-day',
      scope: 'plan',
      rate: 7273,
      fromStart: false,
    });
    expect(nextActionSentence(target('pipeline'), US)).toBe('Pipeline: $7,273 a day from here');
  });

  it('opportunities: week 3 needs 5 - 2 = 3 more over 2.5 business days = 1.2 a day', () => {
    expect(nextAction(target('opps'))).toEqual({
      kind: 'per-day',
      scope: 'week',
      rate: 1.2,
      fromStart: false,
    });
    expect(nextActionSentence(target('opps'), US)).toBe('1.2 opps a day for the rest of the week');
  });

  it('calls: 50 - 20 = 30 more by the end of the working day', () => {
    expect(nextAction(target('calls'))).toEqual({ kind: 'more-today', amount: 30 });
    expect(nextActionSentence(target('calls'), US)).toBe('30 more calls by 17:00 keeps you on pace');
  });

  it('money follows the plan currency and the given locale', () => {
    expect(
      nextActionSentence(target('pipeline'), { ...US, locale: 'de-DE', currency: 'EUR', label: 'Pipeline' }),
    ).toBe('Pipeline: 7.273\u00a0€ a day from here');
  });

  it('calls with 2 settled days missed: the target is missed, and the sentence says so calmly', () => {
    const secondMissed = activities
      .filter((activity) => !(activity.metric === 'calls' && activity.occurredAt.startsWith('2026-11-03')))
      .concat(activitiesAt('calls', '2026-11-03T10:00:00-05:00', 45));
    const calls = evaluatePlan(plan, secondMissed, AS_OF).targets.find((t) => t.targetId === 'calls');
    expect(calls?.status).toBe('missed');
    if (!calls) return;
    expect(nextAction(calls)).toEqual({ kind: 'target-missed' });
    // 10 settled days met, today (20 calls) not yet: 10 of 18, when 17 were needed.
    expect(nextActionSentence(calls, US)).toBe('Calls: 10 of 18 days met; 17 were needed');
  });
});

/** A hand-built period; every figure is given, nothing derived. */
function period(overrides: Partial<NextActionPeriod> & Pick<NextActionPeriod, 'start'>): NextActionPeriod {
  return {
    goal: 50,
    actual: 0,
    status: 'not-started',
    settled: false,
    businessDays: { elapsed: 0, remaining: 1 },
    ...overrides,
  };
}

function target(overrides: Partial<NextActionTarget>): NextActionTarget {
  return {
    metric: 'calls',
    cadence: 'daily',
    goal: 100,
    actual: 0,
    requiredPerDay: null,
    status: 'on-track',
    periods: [],
    current: null,
    periodsMet: 0,
    periodsNeeded: 2,
    ...overrides,
  };
}

describe('daily targets', () => {
  const monday = period({
    start: '2026-11-02',
    actual: 50,
    status: 'achieved',
    settled: true,
    businessDays: { elapsed: 1, remaining: 0 },
  });

  it('counts round up: a goal of 50 with 32.4 done (a float sum) needs 18 more, not 17.6', () => {
    const today = period({
      start: '2026-11-03',
      actual: 32.4,
      status: 'at-risk',
      businessDays: { elapsed: 0.5, remaining: 0.5 },
    });
    const daily = target({ periods: [monday, today], current: today, periodsMet: 1 });
    expect(nextActionSentence(daily, US)).toBe('18 more calls by 17:00 keeps you on pace');
  });

  it('one call left is singular', () => {
    const today = period({
      start: '2026-11-03',
      actual: 49,
      status: 'ahead',
      businessDays: { elapsed: 0.9, remaining: 0.1 },
    });
    expect(nextActionSentence(target({ periods: [monday, today], current: today }), US)).toBe(
      '1 more call by 17:00 keeps you on pace',
    );
  });

  it("today's goal met while the plan runs on: a neutral done sentence", () => {
    const today = period({
      start: '2026-11-03',
      actual: 52,
      status: 'achieved',
      businessDays: { elapsed: 0.5, remaining: 0.5 },
    });
    const daily = target({ periods: [monday, today], current: today, periodsMet: 2, periodsNeeded: 3 });
    expect(nextAction(daily)).toEqual({ kind: 'period-done', period: 'day', goal: 50 });
    expect(nextActionSentence(daily, US)).toBe("Today's goal of 50 calls is met");
  });

  it('after working hours, or on a weekend: the next business day', () => {
    const afterHours = period({
      start: '2026-11-03',
      actual: 41,
      status: 'missed',
      settled: true,
      businessDays: { elapsed: 1, remaining: 0 },
    });
    const wednesday = period({ start: '2026-11-04' });
    const daily = target({ periods: [monday, afterHours, wednesday], current: afterHours, periodsNeeded: 2 });
    expect(nextActionSentence(daily, US)).toBe('Next business day: 50 calls');
    const weekend = target({ periods: [monday, wednesday], current: null });
    expect(nextAction(weekend)).toEqual({ kind: 'next-period', period: 'day', goal: 50 });
  });

  it('before the plan starts: the first day and the daily goal', () => {
    const first = period({ start: '2026-11-02' });
    const daily = target({ status: 'not-started', periods: [first, period({ start: '2026-11-03' })] });
    expect(nextActionSentence(daily, US)).toBe('From Mon, Nov 2: 50 calls a day');
  });

  it('achieved and missed targets read as facts', () => {
    const done = target({
      status: 'achieved',
      periods: [monday, monday, monday],
      periodsMet: 3,
      periodsNeeded: 3,
    });
    expect(nextActionSentence(done, US)).toBe('Calls goal reached: 3 of 3 days met');
  });

  it('no sentence shouts or shames, whatever the status', () => {
    const today = period({
      start: '2026-11-03',
      actual: 3,
      status: 'behind',
      businessDays: { elapsed: 0.9, remaining: 0.1 },
    });
    const statuses = ['missed', 'behind', 'at-risk', 'not-started', 'on-track', 'ahead', 'achieved'] as const;
    for (const status of statuses) {
      const sentence = nextActionSentence(target({ status, periods: [monday, today], current: today }), US);
      expect(sentence).not.toMatch(/!|fail|bad|poor|only|behind|worse|must/i);
    }
  });
});

describe('weekly targets', () => {
  it('with at most one business day left in the week, an amount rather than a rate', () => {
    const week = period({
      start: '2026-11-16',
      goal: 5,
      actual: 2,
      status: 'behind',
      businessDays: { elapsed: 4.5, remaining: 0.5 },
    });
    const weekly = target({
      metric: 'opportunities_created',
      cadence: 'weekly',
      periods: [week],
      current: week,
    });
    expect(nextActionSentence(weekly, US)).toBe('3 more opps by the end of the week keeps you on pace');
  });

  it('a prorated goal (3 for a 3-day week) with float noise does not ask for a fourth', () => {
    const week = period({
      start: '2026-11-23',
      goal: 3.000_000_000_1,
      actual: 0,
      businessDays: { elapsed: 0, remaining: 3 },
    });
    const weekly = target({
      metric: 'opportunities_created',
      cadence: 'weekly',
      periods: [week],
      current: week,
    });
    expect(nextActionSentence(weekly, US)).toBe('1 opp a day for the rest of the week');
  });

  it('the next week after a settled one', () => {
    const done = period({
      start: '2026-11-16',
      goal: 5,
      actual: 4,
      status: 'missed',
      settled: true,
      businessDays: { elapsed: 5, remaining: 0 },
    });
    const next = period({ start: '2026-11-23', goal: 3, businessDays: { elapsed: 0, remaining: 3 } });
    const weekly = target({
      metric: 'opportunities_created',
      cadence: 'weekly',
      periods: [done, next],
      current: done,
    });
    expect(nextActionSentence(weekly, US)).toBe('Next week: 3 opps');
  });

  it('the total rule reads over the whole window', () => {
    const weeks = [
      period({
        start: '2026-11-02',
        goal: 5,
        actual: 6,
        status: 'achieved',
        settled: true,
        businessDays: { elapsed: 5, remaining: 0 },
      }),
      period({ start: '2026-11-09', goal: 5, actual: 0, businessDays: { elapsed: 0, remaining: 5 } }),
    ];
    const total = target({
      metric: 'opportunities_created',
      cadence: 'weekly',
      goal: 10,
      actual: 6,
      periods: weeks,
      current: null,
      periodsNeeded: null,
    });
    // 4 still needed over 5 business days: 0.8 a day.
    expect(nextActionSentence(total, US)).toBe('0.8 opps a day from here');
  });
});

describe('plan-cadence targets', () => {
  const window = (actual: number, elapsed: number, remaining: number): NextActionTarget =>
    target({
      metric: 'pipeline_created',
      cadence: 'plan',
      goal: 100_000,
      actual,
      periods: [period({ start: '2026-11-02', goal: 100_000, actual, businessDays: { elapsed, remaining } })],
      periodsNeeded: 1,
    });

  it('before any business time: per day from the first day (100,000 / 18 = 5,555.56 → $5,556)', () => {
    expect(nextActionSentence(window(0, 0, 18), US)).toBe('Pipeline: $5,556 a day from the first day');
  });

  it('on the last day: the amount still needed by the end of the plan', () => {
    expect(nextActionSentence(window(88_000.5, 17.5, 0.5), US)).toBe(
      'Pipeline: $12,000 more by the end of the plan',
    );
  });

  it('counts over a plan window round the rate up (7 meetings over 4.5 days = 1.56 → 1.6)', () => {
    const meetings = target({
      metric: 'meetings_booked',
      cadence: 'plan',
      goal: 10,
      actual: 3,
      periods: [
        period({ start: '2026-11-02', goal: 10, actual: 3, businessDays: { elapsed: 13.5, remaining: 4.5 } }),
      ],
      periodsNeeded: 1,
    });
    expect(nextActionSentence(meetings, US)).toBe('1.6 meetings booked a day from here');
  });

  it('achieved and missed: the figures, no judgement', () => {
    const achieved = { ...window(104_000, 12, 6), status: 'achieved' as const };
    expect(nextActionSentence(achieved, US)).toBe('Pipeline goal reached: $104,000 of $100,000');
    const missed = { ...window(60_000, 18, 0), status: 'missed' as const };
    expect(nextActionSentence(missed, US)).toBe('Pipeline ended at $60,000 of $100,000');
    expect(nextActionSentence(missed, { ...US, label: 'New pipeline' })).toBe(
      'New pipeline ended at $60,000 of $100,000',
    );
  });
});

describe('rounding helpers', () => {
  it('countStillNeeded rounds up and never goes below zero', () => {
    expect(countStillNeeded(50, 32)).toBe(18);
    expect(countStillNeeded(50, 32.01)).toBe(18);
    expect(countStillNeeded(50, 55)).toBe(0);
    expect(countStillNeeded(3.000_000_000_1, 0)).toBe(3);
  });

  it('roundRateUp keeps one decimal below 10 and whole numbers from 10', () => {
    expect(roundRateUp(1.2)).toBe(1.2);
    expect(roundRateUp(1.21)).toBe(1.3);
    expect(roundRateUp(9.95)).toBe(10);
    expect(roundRateUp(12.1)).toBe(13);
    expect(roundRateUp(0)).toBe(0);
  });
});
