import { describe, expect, it } from 'vitest';
import { roundGoal } from '../../src/diagnosis/round-goal.js';
import {
  type Baseline,
  diagnose,
  type RootCause,
  SUGGESTED_UPLIFT,
  suggestTargets,
  Target,
  TargetSuggestion,
} from '../../src/index.js';
import {
  baselineOf,
  funnelActivities,
  RANGE_DAYS,
  series,
  TEAM_FUNNEL,
  teamOf,
  testPlan,
} from './fixtures.js';

const inLine = { cause: { kind: 'no-clear-cause', reason: 'in-line' } satisfies RootCause };
const flatCalls = (perDay: number) =>
  baselineOf(
    series(
      'calls',
      RANGE_DAYS,
      RANGE_DAYS.map(() => perDay),
    ),
  );
const teamCalling = (...perDay: number[]): Baseline[] => perDay.map(flatCalls);

describe('suggestTargets from the root cause', () => {
  it('suggests calls a day and meetings a week for activity volume: +20% over the median', () => {
    const rep = baselineOf(
      funnelActivities({
        calls: 400,
        connects: 100,
        booked: 25,
        held: 20,
        opps: 10,
        won: 3,
        revenue: 30_000,
        pipeline: 0,
      }),
    );
    const team = teamOf();
    const diagnosis = diagnose(rep, team);
    expect(diagnosis.cause.kind).toBe('activity-volume');
    const plan = testPlan(); // has target "calls" on calls
    const [calls, meetings, ...rest] = suggestTargets(plan, rep, diagnosis, team);
    expect(rest).toEqual([]);
    // 20 calls every business day: median 20, +20% = 24; team's 75th percentile day is 40.
    expect(calls).toMatchObject({
      target: { id: 'suggested-calls', metric: 'calls', cadence: 'daily', goal: 24, rule: { kind: 'total' } },
      replaces: 'calls',
      figures: { unit: 'day', base: 20, baseKind: 'median', raised: 24, cap: 40, capped: false },
    });
    // Meetings booked per week: 6, 6, 6, 7 → median 6, +20% = 7.2 → 7; team's weeks 12, 13, 12, 13 → 12.5.
    expect(meetings).toMatchObject({
      target: { metric: 'meetings_booked', cadence: 'weekly', goal: 7 },
      replaces: null,
      figures: { base: 6, cap: 12.5, capped: false },
    });
    expect(meetings?.figures.raised).toBeCloseTo(7.2, 12);
    expect(calls?.reason).toContain('median day before the plan: 20 calls');
    expect(calls?.reason).toContain('within the team’s 75th percentile (40)');
  });

  it('caps the goal at the team’s 75th percentile, rounding down so the cap holds', () => {
    // Rep: 40 a day → +20% = 48. Team medians 30, 44, 47 → p75 = 44 + 0.5 * 3 = 45.5 → goal 45.
    const [calls] = suggestTargets({}, flatCalls(40), inLine, teamCalling(30, 44, 47));
    expect(calls?.target.goal).toBe(45);
    expect(calls?.figures).toMatchObject({ base: 40, raised: 48, cap: 45.5, capped: true });
    expect(calls?.reason).toContain('capped at the team’s 75th percentile (45.5)');
    expect(SUGGESTED_UPLIFT).toBe(0.2);
  });

  it('never suggests less than the rep’s own median when the team’s 75th is below it', () => {
    // Team medians 20, 25, 30 → p75 27.5, below the rep's 40.
    const [calls] = suggestTargets({}, flatCalls(40), inLine, teamCalling(20, 25, 30));
    expect(calls?.target.goal).toBe(40);
    expect(calls?.figures).toMatchObject({ cap: 27.5, capped: true });
    expect(calls?.reason).toContain('already above the team’s 75th percentile (27.5)');
  });

  it('suggests the plain +20% without a team, and nothing from a thin baseline', () => {
    const [calls] = suggestTargets({}, flatCalls(40), inLine);
    expect(calls?.target.goal).toBe(48);
    expect(calls?.figures.cap).toBeNull();
    const thin = baselineOf(
      series(
        'calls',
        RANGE_DAYS,
        RANGE_DAYS.map(() => 40),
      ),
      { observedFrom: '2026-10-20' },
    );
    expect(suggestTargets({}, thin, inLine)).toEqual([]);
    expect(
      suggestTargets({}, flatCalls(40), { cause: { kind: 'no-clear-cause', reason: 'thin-baseline' } }),
    ).toEqual([]);
  });

  it('gives deals won over the plan for a low win rate, weekly without plan dates, from the mean when the median is 0', () => {
    const rep = baselineOf(funnelActivities({ ...TEAM_FUNNEL, won: 1, revenue: 10_000 }));
    const diagnosis = diagnose(rep, teamOf());
    expect(diagnosis.cause).toMatchObject({ kind: 'conversion', stage: 'win-rate' });
    // Deals won per week: 0, 0, 0, 1 → median 0, so the mean 0.25; +20% = 0.3 a week.
    const [overPlan] = suggestTargets(testPlan(), rep, diagnosis, teamOf());
    // 20 business days = 4 weeks: 1.2 → 1.
    expect(overPlan).toMatchObject({
      target: { metric: 'deals_won', cadence: 'plan', goal: 1, rule: { kind: 'each-period' } },
      figures: { unit: 'week', base: 0.25, baseKind: 'mean', capped: false },
    });
    const [weekly] = suggestTargets({}, rep, diagnosis, teamOf());
    expect(weekly?.target).toMatchObject({ cadence: 'weekly', goal: 1 });
    const [draft] = suggestTargets({ start: '2026-11-02', end: '2026-11' }, rep, diagnosis, teamOf());
    expect(draft?.target.cadence).toBe('weekly');
  });

  it('rounds money to two significant figures for a deal-size cause', () => {
    // Rep pipeline 234,560 over 4 weeks → 58,640 a week; +20% = 70,368 → 70,000.
    const rep = baselineOf(funnelActivities({ ...TEAM_FUNNEL, revenue: 25_000, pipeline: 234_560 }));
    const team = teamOf({ ...TEAM_FUNNEL, pipeline: 400_000 });
    const diagnosis = diagnose(rep, team);
    expect(diagnosis.cause.kind).toBe('deal-size');
    const [pipeline] = suggestTargets({}, rep, diagnosis, team);
    expect(pipeline?.target).toMatchObject({ metric: 'pipeline_created', cadence: 'weekly', goal: 70_000 });
    expect(pipeline?.figures.cap).toBe(100_000);
  });

  it('gives ids unique in the plan', () => {
    const plan = { targets: [{ id: 'suggested-calls', metric: 'emails' }] };
    const [calls, opps] = suggestTargets(plan, flatCalls(40), inLine);
    expect(calls?.target.id).toBe('suggested-calls-2');
    expect(calls?.replaces).toBeNull();
    expect(opps).toBeUndefined(); // no opportunities before the plan: nothing to base a goal on
  });

  it('returns targets that parse, and suggestions that survive JSON', () => {
    const rep = baselineOf(
      funnelActivities({ ...TEAM_FUNNEL, calls: 400, connects: 100, booked: 25, held: 20, opps: 10, won: 3 }),
    );
    const suggestions = suggestTargets(testPlan(), rep, diagnose(rep, teamOf()), teamOf());
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      expect(Target.parse(suggestion.target)).toEqual(suggestion.target);
      expect(TargetSuggestion.parse(JSON.parse(JSON.stringify(suggestion)))).toEqual(suggestion);
    }
  });
});

describe('roundGoal', () => {
  it('rounds counts to whole numbers and money to two significant figures', () => {
    expect(roundGoal(38.4, { sum: false, ceiling: null, floor: 0 })).toBe(38);
    expect(roundGoal(23_456, { sum: true, ceiling: null, floor: 0 })).toBe(23_000);
    expect(roundGoal(98.4, { sum: true, ceiling: null, floor: 0 })).toBe(98);
  });

  it('stays under a ceiling, over a floor, and at least one step', () => {
    expect(roundGoal(45.5, { sum: false, ceiling: 45.5, floor: 0 })).toBe(45);
    expect(roundGoal(1.44, { sum: false, ceiling: null, floor: 1.2 })).toBe(2);
    expect(roundGoal(0.3, { sum: false, ceiling: null, floor: 0.25 })).toBe(1);
  });
});
