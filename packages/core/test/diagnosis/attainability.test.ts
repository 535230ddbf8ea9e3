import { describe, expect, it } from 'vitest';
import { assessAttainability, type Baseline, type PlanInput, TargetAttainability } from '../../src/index.js';
import { baselineOf, on, RANGE_DAYS, series, testPlan, weekdays } from './fixtures.js';

type TargetSpec = PlanInput['targets'][number];

/** Day i of the baseline gets i + 1 calls. Per day: median 10.5, p75 15.25, p90 18.1; per week: 52.5, 71.25, 82.5. */
const rep = baselineOf(
  series(
    'calls',
    RANGE_DAYS,
    RANGE_DAYS.map((_, i) => i + 1),
  ),
);

/** Teammates with 16, 20 and 24 calls every business day: team p75 22 a day, 110 a week. */
const team: Baseline[] = [16, 20, 24].map((perDay) =>
  baselineOf(
    series(
      'calls',
      RANGE_DAYS,
      RANGE_DAYS.map(() => perDay),
    ),
  ),
);

function assess(target: Omit<TargetSpec, 'id'>, baseline = rep, mates?: Baseline[]) {
  const plan = testPlan({ targets: [{ id: 't', ...target }] });
  const [result] = assessAttainability(plan, baseline, mates);
  if (!result) throw new Error('no result');
  return result;
}

describe('assessAttainability at the plan’s start: daily targets against the rep’s days', () => {
  it('is realistic up to the rep’s 75th-percentile day, boundary included', () => {
    expect(assess({ metric: 'calls', cadence: 'daily', goal: 15 }).verdict).toBe('realistic');
    const boundary = assess({ metric: 'calls', cadence: 'daily', goal: 15.25 });
    expect(boundary.verdict).toBe('realistic');
    expect(boundary.reason).toBe('Needs 15.3 calls a day; the rep’s 75th-percentile day is 15.3.');
  });

  it('is a stretch up to the rep’s 90th-percentile day', () => {
    const result = assess({ metric: 'calls', cadence: 'daily', goal: 16 });
    expect(result.verdict).toBe('stretch');
    expect(result.reason).toContain('within their 90th (18.1)');
  });

  it('is unrealistic beyond both, with the figures behind it', () => {
    const result = assess({ metric: 'calls', cadence: 'daily', goal: 19 });
    expect(result).toMatchObject({
      verdict: 'unrealistic',
      unit: 'day',
      needed: 19,
      basis: 'goal',
      asOf: null,
      status: null,
      team: null,
      inPlan: null,
    });
    expect(result.rep).toEqual({ median: 10.5, p75: 15.25, p90: expect.closeTo(18.1, 12), observed: 20 });
    expect(result.reason).toBe('Needs 19 calls a day: above the rep’s 90th-percentile day (18.1).');
  });

  it('is a stretch beyond the rep’s 90th when within the team’s 75th, unrealistic beyond it', () => {
    const within = assess({ metric: 'calls', cadence: 'daily', goal: 22 }, rep, team);
    expect(within.verdict).toBe('stretch');
    expect(within.team).toEqual({ members: 3, median: 20, p75: 22 });
    expect(within.reason).toContain('within the team’s 75th percentile (22)');
    const beyond = assess({ metric: 'calls', cadence: 'daily', goal: 23 }, rep, team);
    expect(beyond.verdict).toBe('unrealistic');
    expect(beyond.reason).toContain('and the team’s 75th percentile (22)');
  });
});

describe('assessAttainability: weekly and plan-cadence targets against the rep’s weeks', () => {
  it('compares a weekly goal with full weeks', () => {
    expect(assess({ metric: 'calls', cadence: 'weekly', goal: 70 })).toMatchObject({
      verdict: 'realistic',
      unit: 'week',
    });
    expect(assess({ metric: 'calls', cadence: 'weekly', goal: 80 }).verdict).toBe('stretch');
    expect(assess({ metric: 'calls', cadence: 'weekly', goal: 90 }).verdict).toBe('unrealistic');
    expect(assess({ metric: 'calls', cadence: 'weekly', goal: 90 }, rep, team).verdict).toBe('stretch');
  });

  it('spreads a plan goal over the window’s weeks: 280 over 20 business days is 70 a week', () => {
    expect(assess({ metric: 'calls', cadence: 'plan', goal: 280 })).toMatchObject({
      verdict: 'realistic',
      unit: 'week',
      needed: 70,
    });
    expect(assess({ metric: 'calls', cadence: 'plan', goal: 340 })).toMatchObject({
      verdict: 'unrealistic',
      needed: 85,
    });
  });

  it('spreads a milestone over its own window: 160 by 2026-11-13 (10 business days) is 80 a week', () => {
    expect(assess({ metric: 'calls', cadence: 'plan', goal: 160, until: '2026-11-13' })).toMatchObject({
      verdict: 'stretch',
      needed: 80,
    });
  });
});

describe('assessAttainability: no data, never a confident verdict', () => {
  it('gives no-data for every target below 10 business days of baseline', () => {
    const thin = baselineOf(
      series(
        'calls',
        RANGE_DAYS,
        RANGE_DAYS.map(() => 50),
      ),
      { observedFrom: '2026-10-20' },
    );
    for (const goal of [1, 50, 500]) {
      const result = assess({ metric: 'calls', cadence: 'daily', goal }, thin, team);
      expect(result.verdict).toBe('no-data');
      expect(result.rep).toBeNull();
      expect(result.reason).toBe(
        'Only 9 business days of history before the plan (fewer than 10): no verdict yet.',
      );
    }
  });

  it('gives no-data for a metric with nothing recorded before the plan', () => {
    const result = assess({ metric: 'meetings_held', cadence: 'weekly', goal: 1 }, rep, team);
    expect(result.verdict).toBe('no-data');
    expect(result.reason).toBe('No meetings held recorded before the plan: no verdict yet.');
  });
});

describe('assessAttainability: outliers', () => {
  // Nineteen days of 40 calls and one of 300.
  const spiky = baselineOf(
    series(
      'calls',
      RANGE_DAYS,
      RANGE_DAYS.map((_, i) => (i === 7 ? 300 : 40)),
    ),
  );

  it('does not make 300 calls a day realistic, nor anything above the usual 40', () => {
    expect(spiky.metrics.calls?.bestDay).toEqual({ date: '2026-10-14', value: 300 });
    expect(assess({ metric: 'calls', cadence: 'daily', goal: 300 }, spiky).verdict).toBe('unrealistic');
    expect(assess({ metric: 'calls', cadence: 'daily', goal: 41 }, spiky).verdict).toBe('unrealistic');
    expect(assess({ metric: 'calls', cadence: 'daily', goal: 40 }, spiky).verdict).toBe('realistic');
  });
});

describe('assessAttainability during the plan (asOf)', () => {
  const plan = testPlan({
    targets: [
      { id: 'total', metric: 'calls', cadence: 'plan', goal: 300 },
      { id: 'daily', metric: 'calls', cadence: 'daily', goal: 19 },
      { id: 'weekly-total', metric: 'calls', cadence: 'weekly', goal: 90, rule: { kind: 'total' } },
    ],
  });
  // 20 calls each business day of the first two weeks; asOf Monday 11-16 before work: E = 10, R = 10.
  const firstTwoWeeks = weekdays('2026-11-02', '2026-11-13').flatMap((date) => on(date, 'calls', 20));
  const asOf = '2026-11-16T08:00:00-05:00';

  it('at the start: 300 over the plan (75 a week) is a stretch; 19 a day is unrealistic', () => {
    const [total, daily] = assessAttainability(plan, rep);
    expect(total).toMatchObject({ verdict: 'stretch', needed: 75, basis: 'goal' });
    expect(daily).toMatchObject({ verdict: 'unrealistic', needed: 19 });
  });

  it('uses the rate still needed: 100 calls over 10 business days is 50 a week', () => {
    const [total] = assessAttainability(plan, rep, undefined, { asOf, activities: firstTwoWeeks });
    expect(total).toMatchObject({
      verdict: 'realistic',
      needed: 50,
      basis: 'remaining',
      asOf,
      status: 'ahead',
    });
    expect(total?.reason).toMatch(/^Still needs 50 calls a week/);
  });

  it('counts what the rep has shown during the plan: 20 a day over 10 settled days', () => {
    const [, daily, weeklyTotal] = assessAttainability(plan, rep, undefined, {
      asOf,
      activities: firstTwoWeeks,
    });
    expect(daily).toMatchObject({ verdict: 'realistic', needed: 19 });
    expect(daily?.inPlan).toEqual({ median: 20, p75: 20, p90: 20, observed: 10 });
    // Weekly, total rule: G_total = 4 * 90 = 360, 200 done, 160 over 10 days = 16 a day = 80 a week.
    expect(weeklyTotal).toMatchObject({ needed: 80, verdict: 'realistic' });
    expect(weeklyTotal?.inPlan).toEqual({ median: 100, p75: 100, p90: 100, observed: 2 });
  });

  it('ignores the plan’s days until there are 10 settled ones', () => {
    const early = '2026-11-13T08:00:00-05:00'; // 9 settled days
    const [, daily] = assessAttainability(plan, rep, undefined, { asOf: early, activities: firstTwoWeeks });
    expect(daily).toMatchObject({ verdict: 'unrealistic', inPlan: null });
  });

  it('gives a thin baseline its first verdict once the plan has shown 10 days', () => {
    const thin = baselineOf(
      series(
        'calls',
        RANGE_DAYS,
        RANGE_DAYS.map(() => 5),
      ),
      { observedFrom: '2026-10-26' },
    );
    expect(assessAttainability(plan, thin)[1]?.verdict).toBe('no-data');
    expect(assessAttainability(plan, thin, undefined, { asOf, activities: firstTwoWeeks })[1]?.verdict).toBe(
      'realistic',
    );
  });

  it('is realistic once achieved, and unrealistic once it can no longer be met', () => {
    const achieved = weekdays('2026-11-02', '2026-11-13').flatMap((date) => on(date, 'calls', 31));
    const [total] = assessAttainability(plan, rep, undefined, { asOf, activities: achieved });
    expect(total).toMatchObject({
      verdict: 'realistic',
      needed: 0,
      status: 'achieved',
      reason: 'Already achieved.',
    });
    const afterEnd = '2026-11-30T12:00:00-05:00';
    const [, daily] = assessAttainability(plan, rep, undefined, {
      asOf: afterEnd,
      activities: firstTwoWeeks,
    });
    expect(daily).toMatchObject({
      verdict: 'unrealistic',
      needed: null,
      status: 'missed',
      reason: 'This target can no longer be met in its window.',
    });
  });

  it('parses as TargetAttainability after a JSON round trip', () => {
    for (const result of assessAttainability(plan, rep, team, { asOf, activities: firstTwoWeeks })) {
      expect(TargetAttainability.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
    }
  });
});
