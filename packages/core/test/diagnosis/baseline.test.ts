import { describe, expect, it } from 'vitest';
import {
  type Activity,
  Baseline,
  computeBaseline,
  MIN_BASELINE_DAYS,
  rollupActivities,
} from '../../src/index.js';
import { baselineOf, funnelActivities, on, RANGE, RANGE_DAYS, series, testPlan } from './fixtures.js';

/** Day i of the 20 business days gets i + 1 calls: 1, 2, … 20. */
const oneToTwenty = () =>
  series(
    'calls',
    RANGE_DAYS,
    RANGE_DAYS.map((_, i) => i + 1),
  );

describe('computeBaseline: range and calendar', () => {
  it('defaults to the 90 calendar days before the plan start, on the plan’s workdays', () => {
    const baseline = computeBaseline(testPlan(), [], { observedFrom: '2026-07-01' });
    // 2026-08-04 (Tue) .. 2026-11-01 (Sun): 12 weeks of 5 + Tue–Fri of the last 6 days = 64.
    expect(baseline.from).toBe('2026-08-04');
    expect(baseline.to).toBe('2026-11-01');
    expect(baseline.businessDays).toBe(64);
    // Full Mon–Sun weeks inside the range: 2026-08-10 .. 2026-11-01.
    expect(baseline.weeks).toBe(12);
    expect(baseline.sufficient).toBe(true);
  });

  it('uses the plan’s workdays, holidays and excluded dates', () => {
    const plan = testPlan({ workdays: [1, 2, 3, 4], holidays: ['2026-10-12'] });
    const baseline = computeBaseline(plan, [], {
      ...RANGE,
      observedFrom: RANGE.from,
      excludeDates: ['2026-10-13'],
    });
    // Four Mon–Thu weeks = 16, minus the holiday and the excluded date.
    expect(baseline.businessDays).toBe(14);
    // The week of both is no full week: it holds 2 baseline days, not 4.
    expect(baseline.weeks).toBe(3);
    expect(baseline.workdaysPerWeek).toBe(4);
  });

  it('rejects a range that ends before it starts', () => {
    expect(() => computeBaseline(testPlan(), [], { from: '2026-10-10', to: '2026-10-01' })).toThrow(
      RangeError,
    );
  });
});

describe('computeBaseline: per day, per week, best day (hand-computed)', () => {
  const baseline = baselineOf(oneToTwenty());
  const calls = baseline.metrics.calls;

  it('describes the business days: mean, median, p75, p90', () => {
    // Sorted 1..20: median h = 9.5 → 10.5; p75 h = 14.25 → 15.25; p90 h = 17.1 → 18.1.
    expect(calls?.perDay?.mean).toBeCloseTo(10.5, 12);
    expect(calls?.perDay?.median).toBeCloseTo(10.5, 12);
    expect(calls?.perDay?.p75).toBeCloseTo(15.25, 12);
    expect(calls?.perDay?.p90).toBeCloseTo(18.1, 12);
    expect(calls?.total).toBe(210);
    expect(calls?.activeDays).toBe(20);
  });

  it('describes the weeks: 15, 40, 65, 90', () => {
    expect(baseline.weeks).toBe(4);
    expect(calls?.perWeek?.mean).toBeCloseTo(52.5, 12);
    expect(calls?.perWeek?.median).toBeCloseTo(52.5, 12);
    expect(calls?.perWeek?.p75).toBeCloseTo(71.25, 12); // h = 2.25 → 65 + 0.25 * 25
    expect(calls?.perWeek?.p90).toBeCloseTo(82.5, 12); // h = 2.7 → 65 + 0.7 * 25
  });

  it('names the best day, the earliest on a tie, and none when every day was 0', () => {
    expect(calls?.bestDay).toEqual({ date: '2026-10-30', value: 20 });
    const tie = baselineOf([...on('2026-10-06', 'calls', 5), ...on('2026-10-20', 'calls', 5)]);
    expect(tie.metrics.calls?.bestDay).toEqual({ date: '2026-10-06', value: 5 });
    expect(baseline.metrics.meetings_held?.bestDay).toBeNull();
    expect(baseline.metrics.meetings_held?.perDay?.p90).toBe(0);
  });

  it('counts weekend activity in the total and its week, not as a day of its own', () => {
    const withSaturday = baselineOf([...oneToTwenty(), ...on('2026-10-10', 'calls', 7)]);
    const figures = withSaturday.metrics.calls;
    expect(figures?.total).toBe(217);
    expect(figures?.perDay).toEqual(calls?.perDay);
    expect(figures?.perWeek?.mean).toBeCloseTo((22 + 40 + 65 + 90) / 4, 12);
  });

  it('leaves a week with a holiday out of the full weeks', () => {
    const plan = testPlan({ holidays: ['2026-10-07'] });
    const activities = oneToTwenty().filter((activity) => !activity.occurredAt.startsWith('2026-10-07'));
    const baseline = computeBaseline(plan, activities, RANGE);
    expect(baseline.businessDays).toBe(19);
    expect(baseline.weeks).toBe(3);
    expect(baseline.metrics.calls?.weekly).toEqual([40, 65, 90]);
    expect(baseline.metrics.calls?.perWeek?.median).toBe(65);
  });

  it('keeps each baseline day and each full week, in date order', () => {
    expect(calls?.daily).toEqual(RANGE_DAYS.map((_, i) => i + 1));
    expect(calls?.weekly).toEqual([15, 40, 65, 90]);
  });

  it('keeps custom metrics found in the data and those asked for', () => {
    const custom = baselineOf(on('2026-10-06', 'custom:referrals', 2), { metrics: ['custom:demos'] });
    expect(custom.metrics['custom:referrals']?.total).toBe(2);
    expect(custom.metrics['custom:demos']?.total).toBe(0);
  });
});

describe('computeBaseline: the sample starts at the first recorded activity', () => {
  it('reads the days before the first activity as unknown, the days after it as zeros', () => {
    // First activity on Wed 10-14: 13 business days to 11-01 (3 + 5 + 5); full weeks 10-19, 10-26.
    const baseline = baselineOf([...on('2026-10-14', 'emails', 1), ...on('2026-10-28', 'calls', 4)]);
    expect(baseline.observed).toEqual({ from: '2026-10-14', to: '2026-11-01' });
    expect(baseline.businessDays).toBe(13);
    expect(baseline.weeks).toBe(2);
    expect(baseline.metrics.calls?.daily).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0]);
    expect(baseline.metrics.calls?.weekly).toEqual([0, 4]);
  });

  it('ignores deleted records, and starts at the range when the first activity is before it', () => {
    const deleted = { ...on('2026-10-06', 'calls', 1)[0], deleted: true } as Activity;
    const baseline = baselineOf([deleted, ...on('2026-10-20', 'calls', 2)]);
    expect(baseline.observed?.from).toBe('2026-10-20');
    const early = baselineOf([...on('2026-09-01', 'calls', 1), ...on('2026-10-20', 'calls', 2)]);
    expect(early.observed?.from).toBe(RANGE.from);
    expect(early.businessDays).toBe(20);
  });

  it('starts at observedFrom when the caller gives it, never before the range', () => {
    expect(baselineOf([], { observedFrom: '2026-10-12' }).businessDays).toBe(15);
    expect(baselineOf([], { observedFrom: '2026-01-01' }).businessDays).toBe(20);
  });
});

describe('computeBaseline: thin data', () => {
  it(`is sufficient from ${MIN_BASELINE_DAYS} observed business days, not below`, () => {
    // From Tue 10-20: 4 + 5 = 9 business days; from Mon 10-19: 10.
    expect(baselineOf(oneToTwenty(), { observedFrom: '2026-10-20' })).toMatchObject({
      businessDays: 9,
      sufficient: false,
      observed: { from: '2026-10-20', to: '2026-11-01' },
    });
    expect(baselineOf(oneToTwenty(), { observedFrom: '2026-10-19' })).toMatchObject({
      businessDays: 10,
      sufficient: true,
    });
  });

  it('observes only what a rollup covers', () => {
    const plan = testPlan();
    const rollup = rollupActivities(plan, oneToTwenty(), { from: '2026-10-26', to: '2026-11-01' });
    const baseline = computeBaseline(plan, rollup, RANGE);
    expect(baseline.observed).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    expect(baseline.businessDays).toBe(5);
    expect(baseline.metrics.calls?.total).toBe(16 + 17 + 18 + 19 + 20);
    expect(baseline.sufficient).toBe(false);
  });

  it('gives the same figures from a rollup as from the activities, and refuses another zone', () => {
    const plan = testPlan();
    const rollup = rollupActivities(plan, oneToTwenty(), RANGE);
    expect(computeBaseline(plan, rollup, RANGE)).toEqual(baselineOf(oneToTwenty()));
    const berlin = rollupActivities({ ...plan, timeZone: 'Europe/Berlin' }, oneToTwenty(), RANGE);
    expect(() => computeBaseline(plan, berlin, RANGE)).toThrow(/Europe\/Berlin/);
  });
});

describe('funnel', () => {
  const baseline = baselineOf(
    funnelActivities({
      calls: 400,
      connects: 100,
      booked: 20,
      held: 16,
      opps: 8,
      won: 2,
      revenue: 30_000,
      pipeline: 80_000,
    }),
  );

  it('converts stage to stage over the totals', () => {
    expect(baseline.funnel.conversions.map((c) => [c.stage, c.rate, c.base])).toEqual([
      ['lead-conversion', null, 0],
      ['lead-to-opportunity', null, 0],
      ['connect-rate', 0.25, 400],
      ['booking-rate', 0.2, 100],
      ['show-rate', 0.8, 20],
      ['opportunity-rate', 0.5, 16],
      ['win-rate', 0.25, 8],
    ]);
  });

  it('gives volumes per week, the average deal size and pipeline per week', () => {
    // 20 business days = 4 weeks of 5 workdays.
    expect(baseline.funnel.stages.map((s) => [s.metric, s.total, s.perWeek])).toEqual([
      ['leads_assigned', 0, 0],
      ['leads_converted', 0, 0],
      ['calls', 400, 100],
      ['connects', 100, 25],
      ['meetings_booked', 20, 5],
      ['meetings_held', 16, 4],
      ['opportunities_created', 8, 2],
      ['deals_won', 2, 0.5],
    ]);
    expect(baseline.funnel.averageDealSize).toBe(15_000);
    expect(baseline.funnel.pipelinePerWeek).toBe(20_000);
  });

  it('has no rate without a base and no deal size without a deal', () => {
    const empty = baselineOf([], { observedFrom: RANGE.from });
    expect(empty.funnel.conversions.every((c) => c.rate === null)).toBe(true);
    expect(empty.funnel.averageDealSize).toBeNull();
    expect(empty.funnel.pipelinePerWeek).toBe(0);
  });
});

describe('Baseline schema', () => {
  it('accepts a baseline after a JSON round trip and rejects an unknown metric', () => {
    const baseline = baselineOf(oneToTwenty());
    const stored = JSON.parse(JSON.stringify(baseline));
    expect(Baseline.parse(stored)).toEqual(baseline);
    stored.metrics.Calls = stored.metrics.calls;
    expect(Baseline.safeParse(stored).success).toBe(false);
  });
});
