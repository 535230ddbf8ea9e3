import { describe, expect, it } from 'vitest';
import {
  attainabilityChance,
  type Baseline,
  diagnose,
  highestAttainableGoal,
  type Plan,
  type RootCause,
  suggestTargets,
  Target,
  type TargetSuggestion,
  TargetSuggestion as TargetSuggestionSchema,
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

/** The test plan with the suggested target in it, to ask core about it directly. */
function planOf(suggestion: TargetSuggestion | undefined): Plan {
  if (!suggestion) throw new Error('no suggestion');
  return testPlan({ targets: [suggestion.target] });
}

describe('suggestTargets: the highest goal with a 70 % chance', () => {
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

  it('suggests calls a day and meetings a week for activity volume, each at highestAttainableGoal', () => {
    const team = teamOf();
    const diagnosis = diagnose(rep, team);
    expect(diagnosis.cause.kind).toBe('activity-volume');
    const [calls, meetings, ...rest] = suggestTargets(testPlan(), rep, diagnosis, team);
    expect(rest).toEqual([]);
    // 20 calls every business day (σ = 0): 20 a day over the plan is certain, 21 impossible.
    expect(calls).toMatchObject({
      target: { id: 'suggested-calls', metric: 'calls', cadence: 'daily', goal: 20, rule: { kind: 'total' } },
      replaces: 'calls',
      figures: { unit: 'day', chance: 1 },
    });
    expect(meetings?.target).toMatchObject({
      metric: 'meetings_booked',
      cadence: 'weekly',
      rule: { kind: 'total' },
    });
    for (const suggestion of [calls, meetings]) {
      const plan = planOf(suggestion);
      const goal = suggestion?.target.goal as number;
      expect(highestAttainableGoal(plan, plan.targets[0]?.id as string, rep)).toBe(goal);
      expect(suggestion?.figures.chance).toBe(
        attainabilityChance(plan, plan.targets[0]?.id as string, rep, goal),
      );
      expect(suggestion?.figures.chance).toBeGreaterThanOrEqual(0.7);
    }
    expect(calls?.reason).toContain('20 calls a day, counted over the whole plan');
  });

  it('gives the same goals whatever the team: its figures are context in the reason', () => {
    const [alone] = suggestTargets(testPlan(), flatCalls(40), inLine);
    const [withTeam] = suggestTargets(testPlan(), flatCalls(40), inLine, teamCalling(30, 44, 47));
    expect(withTeam?.target.goal).toBe(alone?.target.goal);
    expect(alone?.target.goal).toBe(40);
    expect(withTeam?.reason).toContain('the team’s median day is 44 (3 reps)');
    expect(alone?.reason).not.toContain('team');
  });

  it('suggests nothing from a thin baseline or without the plan’s window', () => {
    const thin = baselineOf(
      series(
        'calls',
        RANGE_DAYS,
        RANGE_DAYS.map(() => 40),
      ),
      { observedFrom: '2026-10-20' },
    );
    expect(suggestTargets(testPlan(), thin, inLine)).toEqual([]);
    expect(suggestTargets({}, flatCalls(40), inLine)).toEqual([]);
    expect(suggestTargets({ start: '2026-11-02', end: '2026-11' }, flatCalls(40), inLine)).toEqual([]);
    expect(
      suggestTargets(testPlan(), flatCalls(40), {
        cause: { kind: 'no-clear-cause', reason: 'thin-baseline' },
      }),
    ).toEqual([]);
  });

  it('gives deals won over the plan for a low win rate, when a goal above 0 reaches 70 %', () => {
    const winner = baselineOf(funnelActivities({ ...TEAM_FUNNEL, won: 10, revenue: 100_000 }));
    const [overPlan] = suggestTargets(testPlan(), winner, {
      cause: { kind: 'conversion', stage: 'win-rate' } as RootCause,
    });
    expect(overPlan?.target).toMatchObject({
      metric: 'deals_won',
      cadence: 'plan',
      rule: { kind: 'each-period' },
    });
    expect(highestAttainableGoal(planOf(overPlan), overPlan?.target.id as string, winner)).toBe(
      overPlan?.target.goal,
    );
  });

  it('rounds money down to two significant figures for a deal-size cause', () => {
    const small = baselineOf(funnelActivities({ ...TEAM_FUNNEL, revenue: 25_000, pipeline: 234_560 }));
    const team = teamOf({ ...TEAM_FUNNEL, pipeline: 400_000 });
    const diagnosis = diagnose(small, team);
    expect(diagnosis.cause.kind).toBe('deal-size');
    const [pipeline] = suggestTargets(testPlan(), small, diagnosis, team);
    const goal = pipeline?.target.goal as number;
    expect(pipeline?.target).toMatchObject({ metric: 'pipeline_created', cadence: 'weekly' });
    expect(goal % 10 ** (String(Math.floor(goal)).length - 2)).toBe(0);
    expect(highestAttainableGoal(planOf(pipeline), pipeline?.target.id as string, small)).toBe(goal);
  });

  it('gives ids unique in the plan', () => {
    const plan = { ...testPlan(), targets: [{ id: 'suggested-calls', metric: 'emails' }] };
    const [calls, opps] = suggestTargets(plan, flatCalls(40), inLine);
    expect(calls?.target.id).toBe('suggested-calls-2');
    expect(calls?.replaces).toBeNull();
    expect(opps).toBeUndefined(); // no opportunities before the plan: no goal above 0 reaches 70 %
  });

  it('returns targets that parse, and suggestions that survive JSON', () => {
    const suggestions = suggestTargets(testPlan(), rep, diagnose(rep, teamOf()), teamOf());
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      expect(Target.parse(suggestion.target)).toEqual(suggestion.target);
      expect(TargetSuggestionSchema.parse(JSON.parse(JSON.stringify(suggestion)))).toEqual(suggestion);
    }
  });
});
