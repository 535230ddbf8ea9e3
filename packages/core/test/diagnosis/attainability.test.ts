/**
 * `assessAttainability` against docs/attainability.md, each expected chance computed by hand
 * (the formula beside it) from a rep whose day i of the 20 baseline days had i + 1 calls:
 * x = 1..20, μ = 10.5, σ = √35 (sample), full weeks 15, 40, 65, 90.
 */
import { describe, expect, it } from 'vitest';
import {
  assessAttainability,
  type Baseline,
  chanceWords,
  computeBaseline,
  highestAttainableGoal,
  type PlanInput,
  parsePlan,
  TargetAttainability,
} from '../../src/index.js';
import { baselineOf, on, RANGE_DAYS, series, testPlan, weekdays } from './fixtures.js';

type TargetSpec = PlanInput['targets'][number];

const rep = baselineOf(
  series(
    'calls',
    RANGE_DAYS,
    RANGE_DAYS.map((_, i) => i + 1),
  ),
);

/** `1 − Φ((G − μN) / (σ√N))` for this rep, Φ from the erf of Python's math library. */
const PHI_0_378 = 0.6472715069443633; // G = 200 over N = 20: z = −10 / (√35·√20)

function assess(target: Omit<TargetSpec, 'id'>, baseline: Baseline = rep, team?: Baseline[]) {
  const plan = testPlan({ targets: [{ id: 't', ...target }] });
  const [result] = assessAttainability(plan, baseline, team === undefined ? {} : { team });
  if (!result) throw new Error('no result');
  return TargetAttainability.parse(result);
}

describe('assessAttainability: period rules are a binomial tail over the periods', () => {
  it('each-period, daily: 15 on all 20 days when 6 of 20 days reached it is 0.3^20', () => {
    const result = assess({ metric: 'calls', cadence: 'daily', goal: 15 });
    expect(result.chance).toBeCloseTo(0.3 ** 20, 20);
    expect(result.verdict).toBe('unrealistic');
    expect(result.evidence).toMatchObject({ model: 'periods', reached: 6, sampleSize: 20, share: 0.3 });
    expect(result.reason).toMatch(
      /^You reached 15 calls on 6 of your last 20 working days \(30 %\)\. This plan needs 15 on all 20: under a 1 % chance\./,
    );
  });

  it('share-of-periods, daily: 15 on 5 of 20 days is P(Bin(20, 0.3) ≥ 5)', () => {
    const result = assess({
      metric: 'calls',
      cadence: 'daily',
      goal: 15,
      rule: { kind: 'share-of-periods', atLeast: 0.25 },
    });
    expect(result.chance).toBeCloseTo(0.7624922211223977, 12);
    expect(result.verdict).toBe('realistic');
    expect(result.reason).toContain('This plan needs 15 on 5 of 20 days: about a 76 % chance.');
  });

  it('weekly: 60 in each of 4 weeks when 2 of 4 full weeks reached it is 0.5^4; in 2 of 4 is 11/16', () => {
    const each = assess({ metric: 'calls', cadence: 'weekly', goal: 60 });
    expect(each.chance).toBeCloseTo(0.0625, 12);
    expect(each.verdict).toBe('unrealistic');
    expect(each.reason).toMatch(/^You reached 60 calls in 2 of your last 4 full weeks \(50 %\)/);
    const half = assess({
      metric: 'calls',
      cadence: 'weekly',
      goal: 60,
      rule: { kind: 'share-of-periods', atLeast: 0.5 },
    });
    expect(half.chance).toBeCloseTo(11 / 16, 12);
    expect(half.verdict).toBe('stretch');
  });

  it('a Tuesday–Saturday week: Sundays and Mondays count in the week, not as days', () => {
    const plan = parsePlan({
      ...testPlan(),
      start: '2026-11-03',
      end: '2026-11-30',
      workdays: [2, 3, 4, 5, 6],
      weekStartsOn: 2,
      targets: [
        { id: 'daily', metric: 'calls', cadence: 'daily', goal: 8 },
        { id: 'weekly', metric: 'calls', cadence: 'weekly', goal: 45 },
        { id: 'too-much', metric: 'calls', cadence: 'weekly', goal: 46 },
      ],
    });
    const tuesdayToSaturday = ['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27'].flatMap((tuesday) =>
      [0, 1, 2, 3, 4].map((offset) => shift(tuesday, offset)),
    );
    const mondays = ['2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02'];
    const baseline = computeBaseline(
      plan,
      [
        ...tuesdayToSaturday.flatMap((date) => on(date, 'calls', 8)),
        ...mondays.flatMap((date) => on(date, 'calls', 5)),
      ],
      { from: '2026-10-06', to: '2026-11-02' },
    );
    // 20 Tue–Sat days of 8; four Tue..Mon weeks of 5 × 8 + 5 = 45.
    expect(baseline.businessDays).toBe(20);
    expect(baseline.metrics.calls?.weekly).toEqual([45, 45, 45, 45]);
    const [daily, weekly, tooMuch] = assessAttainability(plan, baseline);
    expect(daily?.chance).toBe(1);
    expect(weekly?.chance).toBe(1);
    expect(tooMuch?.chance).toBe(0);
  });
});

function shift(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

describe('assessAttainability: totals and plan cadence are a normal approximation', () => {
  it('total rule, daily 10 over 20 days: 1 − Φ((200 − 210) / (√35·√20))', () => {
    const result = assess({ metric: 'calls', cadence: 'daily', goal: 10, rule: { kind: 'total' } });
    expect(result.chance).toBeCloseTo(PHI_0_378, 9);
    expect(result.verdict).toBe('stretch');
    expect(result.evidence).toMatchObject({ model: 'total', goal: 200, businessDays: 20, mean: 10.5 });
    expect(result.reason).toMatch(
      /^You averaged 10\.5 calls a working day over your last 20 \(give or take 5\.9\)\. This plan needs 200 over its 20 working days \(10 a day\): about a 65 % chance\./,
    );
  });

  it('weekly total rule: 50 a week is G_total = 50 · 20 / 5 = 200', () => {
    const result = assess({ metric: 'calls', cadence: 'weekly', goal: 50, rule: { kind: 'total' } });
    expect(result.chance).toBeCloseTo(PHI_0_378, 9);
  });

  it('plan cadence: 300 over the plan is 1 − Φ(90 / (√35·√20))', () => {
    const result = assess({ metric: 'calls', cadence: 'plan', goal: 300 });
    expect(result.chance).toBeCloseTo(0.0003348647245109415, 12);
    expect(result.verdict).toBe('unrealistic');
  });

  it('a milestone is judged over its own window: 100 by 11-13 is 1 − Φ(−5 / (√35·√10))', () => {
    const result = assess({ metric: 'calls', cadence: 'plan', goal: 100, until: '2026-11-13' });
    expect(result.chance).toBeCloseTo(0.6053659869328594, 9);
    expect(result.evidence).toMatchObject({ model: 'total', businessDays: 10, milestone: true });
    expect(result.reason).toContain('over the 10 working days to 2026-11-13');
  });

  it('a rep with exactly 20 every day: 400 over 20 days is certain, 401 impossible (σ = 0)', () => {
    const flat = baselineOf(
      series(
        'calls',
        RANGE_DAYS,
        RANGE_DAYS.map(() => 20),
      ),
    );
    expect(assess({ metric: 'calls', cadence: 'plan', goal: 400 }, flat).chance).toBe(1);
    expect(assess({ metric: 'calls', cadence: 'plan', goal: 401 }, flat).chance).toBe(0);
  });

  it('a sum metric: pipeline over the plan, its highest goal rounded to two figures', () => {
    const pipeline = baselineOf(RANGE_DAYS.flatMap((date) => on(date, 'pipeline_created', 1, 3233.1)));
    const plan = testPlan({
      targets: [
        { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 64_662 },
        { id: 'daily', metric: 'pipeline_created', cadence: 'daily', goal: 87 },
      ],
    });
    const [total] = assessAttainability(plan, pipeline);
    // σ = 0: μN = 20 × 3233.1 = 64,662 exactly reaches the goal.
    expect(total?.chance).toBe(1);
    expect(highestAttainableGoal(plan, 'pipeline', pipeline)).toBe(64_000);
    expect(total?.reason).toContain('3,233 of pipeline a working day');
    const small = baselineOf(RANGE_DAYS.flatMap((date) => on(date, 'pipeline_created', 1, 87)));
    expect(highestAttainableGoal(plan, 'daily', small)).toBe(87);
  });
});

describe('assessAttainability: no data on thin history, never a confident verdict', () => {
  it('a new hire with 7 working days of history gets no-data and a null chance', () => {
    const newHire = baselineOf(weekdays('2026-10-22', '2026-10-30').flatMap((date) => on(date, 'calls', 50)));
    const result = assess({ metric: 'calls', cadence: 'daily', goal: 40 }, newHire);
    expect(result).toMatchObject({ verdict: 'no-data', chance: null, evidence: null, attainable: null });
    expect(result.sample.days).toBe(7);
    expect(result.reason).toBe('Only 7 working days of history (10 needed): no verdict yet.');
  });

  it('a weekly period rule needs 4 full weeks; a daily target on the same history does not', () => {
    // From Mon 10-12: 15 days, 3 full weeks.
    const threeWeeks = baselineOf(
      weekdays('2026-10-12', '2026-10-30').flatMap((date) => on(date, 'calls', 10)),
    );
    expect(assess({ metric: 'calls', cadence: 'weekly', goal: 40 }, threeWeeks)).toMatchObject({
      verdict: 'no-data',
      chance: null,
    });
    expect(
      assess({ metric: 'calls', cadence: 'weekly', goal: 40, rule: { kind: 'total' } }, threeWeeks).verdict,
    ).toBe('realistic');
    expect(assess({ metric: 'calls', cadence: 'daily', goal: 10 }, threeWeeks).verdict).toBe('realistic');
  });

  it('a rep who recorded nothing has no sample at all', () => {
    expect(assess({ metric: 'calls', cadence: 'daily', goal: 1 }, baselineOf([])).reason).toBe(
      'Nothing recorded before the plan yet: no verdict.',
    );
  });
});

describe('assessAttainability: the team is context, never the basis', () => {
  const team = [16, 20, 24].map((perDay) =>
    baselineOf(
      series(
        'calls',
        RANGE_DAYS,
        RANGE_DAYS.map(() => perDay),
      ),
    ),
  );

  it('gives the same chance and verdict with and without a team', () => {
    const alone = assess({ metric: 'calls', cadence: 'daily', goal: 15 });
    const withTeam = assess({ metric: 'calls', cadence: 'daily', goal: 15 }, rep, team);
    expect(withTeam.chance).toBe(alone.chance);
    expect(withTeam.verdict).toBe(alone.verdict);
    expect(withTeam.team).toMatchObject({ members: 3, median: 20, unit: 'day' });
    expect(alone.team).toBeNull();
  });
});

describe('assessAttainability: the highest attainable goal beside the verdict', () => {
  it('offers the goal with a 70 % chance: 9 a day over the plan (10 has 65 %)', () => {
    const result = assess({ metric: 'calls', cadence: 'daily', goal: 15, rule: { kind: 'total' } });
    // μN + σ√N·Φ⁻¹(0.3) = 210 − 13.87 = 196.1 → 9.8 a day → 9.
    expect(result.attainable).toMatchObject({ goal: 9, label: 'Use 9 calls a day' });
    expect(result.attainable?.chance).toBeGreaterThanOrEqual(0.7);
    expect(result.reason).toMatch(/ 9 a day has an 87 % chance\.$/);
  });

  it('share of days: 10 on 10 of 20 days has 75 %, 11 only 59 %', () => {
    const plan = testPlan({
      targets: [
        {
          id: 'half',
          metric: 'calls',
          cadence: 'daily',
          goal: 15,
          rule: { kind: 'share-of-periods', atLeast: 0.5 },
        },
      ],
    });
    expect(highestAttainableGoal(plan, 'half', rep)).toBe(10);
    expect(highestAttainableGoal(plan, 'half', rep, 0.75)).toBe(10);
    expect(highestAttainableGoal(plan, 'half', rep, 0.76)).toBe(9);
    expect(highestAttainableGoal(plan, 'half', rep, 0.5)).toBe(11);
  });

  it('is null with no data, for an unknown target an error naming it', () => {
    const plan = testPlan();
    expect(highestAttainableGoal(plan, 'calls', baselineOf([]))).toBeNull();
    expect(() => highestAttainableGoal(plan, 'nope', rep)).toThrow(/nope/);
    expect(() => highestAttainableGoal(plan, 'calls', rep, 0)).toThrow(RangeError);
  });
});

describe('assessAttainability during the plan (asOf)', () => {
  const plan = testPlan({
    targets: [
      { id: 'total', metric: 'calls', cadence: 'plan', goal: 300 },
      { id: 'daily', metric: 'calls', cadence: 'daily', goal: 19 },
      { id: 'weekly-total', metric: 'calls', cadence: 'weekly', goal: 90, rule: { kind: 'total' } },
      { id: 'weekly', metric: 'calls', cadence: 'weekly', goal: 60 },
    ],
  });
  // 20 calls each business day of the first two weeks; asOf Monday 11-16 before work: R = 10.
  const firstTwoWeeks = weekdays('2026-11-02', '2026-11-13').flatMap((date) => on(date, 'calls', 20));
  const asOf = '2026-11-16T08:00:00-05:00';
  const now = assessAttainability(plan, rep, { asOf, activities: firstTwoWeeks });
  // The sample: 1..20 and ten 20s: m = 30, μ = 13.667, σ = 6.6089; weeks 15, 40, 65, 90, 100, 100.

  it('totals: G′ = 300 − 200 = 100 over R = 10 days', () => {
    expect(now[0]).toMatchObject({
      basis: 'remaining',
      asOf,
      status: 'ahead',
      sample: { days: 30, weeks: 6 },
    });
    expect(now[0]?.chance).toBeCloseTo(0.960322684039733, 9);
    expect(now[0]?.reason).toContain('It still needs 100 more over 10 working days (10 a day)');
    // Weekly total: G_total = 360, G′ = 160.
    expect(now[2]?.chance).toBeCloseTo(0.13211184667403975, 9);
  });

  it('period rules: k′ = 20 − 10 of n′ = 10 days with s = 12/30; 2 of 2 weeks with s = 4/6', () => {
    expect(now[1]?.chance).toBeCloseTo(0.4 ** 10, 15);
    expect(now[1]?.evidence).toMatchObject({ model: 'periods', periods: 10, needed: 10, met: 10 });
    expect(now[3]?.chance).toBeCloseTo((4 / 6) ** 2, 12);
  });

  it('is 1 once achieved and 0 once it can no longer be met', () => {
    const missedOne = firstTwoWeeks.filter((activity) => !activity.occurredAt.startsWith('2026-11-04'));
    const [, daily] = assessAttainability(plan, rep, { asOf, activities: missedOne });
    expect(daily).toMatchObject({ chance: 0, verdict: 'unrealistic' });
    expect(daily?.reason).toContain('it can no longer be met');
    const plenty = [...firstTwoWeeks, ...on('2026-11-13', 'calls', 100)];
    const [total] = assessAttainability(plan, rep, { asOf, activities: plenty });
    expect(total).toMatchObject({ chance: 1, verdict: 'realistic', status: 'achieved' });
  });

  it('gives a thin baseline its first verdict once the plan’s settled days make 10', () => {
    const thin = baselineOf([], { observedFrom: '2026-11-02' });
    expect(assessAttainability(plan, thin)[1]?.verdict).toBe('no-data');
    expect(assessAttainability(plan, thin, { asOf, activities: firstTwoWeeks })[1]?.verdict).toBe(
      'realistic',
    );
  });

  it('needs the activities with asOf', () => {
    expect(() => assessAttainability(plan, rep, { asOf })).toThrow(/activities/);
  });
});

describe('chanceWords', () => {
  it('says a chance as a rep reads it, the article as the number is spoken', () => {
    expect([0, 0.004, 0.09, 0.08, 0.72, 0.85, 0.996, 1].map(chanceWords)).toEqual([
      'no chance on this history',
      'under a 1 % chance',
      'about a 9 % chance',
      'about an 8 % chance',
      'about a 72 % chance',
      'about an 85 % chance',
      'over a 99 % chance',
      'certain on this history',
    ]);
  });
});
