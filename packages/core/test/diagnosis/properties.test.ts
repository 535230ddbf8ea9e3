/** Properties of baselines and of the chance that must hold for any history and any goal. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessAttainability,
  attainabilityChance,
  type Baseline,
  distributionOf,
  goalStep,
  highestAttainableGoal,
  isSumMetric,
  type Plan,
  type PlanInput,
} from '../../src/index.js';
import { baselineOf, on, RANGE_DAYS, series, testPlan } from './fixtures.js';

const OBSERVED = { observedFrom: RANGE_DAYS[0] as string };
const days = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 20, maxLength: 20 });
type TargetSpec = PlanInput['targets'][number];

/** Every kind of target: each period, a share of them, the total, plan cadence, a milestone. */
const targetShape = fc.oneof(
  fc.record({
    cadence: fc.constantFrom('daily' as const, 'weekly' as const),
    rule: fc.oneof(
      fc.constant({ kind: 'each-period' as const }),
      fc.constant({ kind: 'total' as const }),
      fc
        .double({ min: 0.05, max: 1, noNaN: true })
        .map((atLeast) => ({ kind: 'share-of-periods' as const, atLeast })),
    ),
  }),
  fc.constant({ cadence: 'plan' as const }),
  fc.constant({ cadence: 'plan' as const, until: '2026-11-13' }),
);

function planWith(shape: Omit<TargetSpec, 'id' | 'metric' | 'goal'>, goal = 1, metric = 'calls'): Plan {
  return testPlan({ targets: [{ id: 't', metric, goal, ...shape } as TargetSpec] });
}

function historyOf(values: readonly number[]): Baseline {
  return baselineOf(series('calls', RANGE_DAYS, values), OBSERVED);
}

function chance(plan: Plan, baseline: Baseline, goal: number): number {
  const value = attainabilityChance(plan, 't', baseline, goal);
  if (value === null) throw new Error('no data');
  return value;
}

describe('properties of the chance', () => {
  it('lies between 0 and 1, is 1 for a goal of 0, and is what assessAttainability reports', () => {
    fc.assert(
      fc.property(days, targetShape, fc.integer({ min: 1, max: 800 }), (values, shape, goal) => {
        const baseline = historyOf(values);
        const plan = planWith(shape, goal);
        const p = chance(plan, baseline, goal);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(chance(plan, baseline, 0)).toBe(1);
        expect(assessAttainability(plan, baseline)[0]?.chance).toBe(p);
      }),
      { numRuns: 80 },
    );
  });

  it('never rises when the goal rises', () => {
    fc.assert(
      fc.property(
        days,
        targetShape,
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 200 }),
        (values, shape, goal, extra) => {
          const baseline = historyOf(values);
          const plan = planWith(shape);
          return chance(plan, baseline, goal + extra) <= chance(plan, baseline, goal) + 1e-12;
        },
      ),
      { numRuns: 80 },
    );
  });

  it('never rises when the share of periods rises', () => {
    fc.assert(
      fc.property(
        days,
        fc.constantFrom('daily' as const, 'weekly' as const),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.integer({ min: 1, max: 120 }),
        (values, cadence, low, raise, goal) => {
          const baseline = historyOf(values);
          const high = Math.min(1, low + raise);
          const at = (atLeast: number) =>
            chance(planWith({ cadence, rule: { kind: 'share-of-periods', atLeast } }), baseline, goal);
          return at(high) <= at(low) + 1e-12;
        },
      ),
      { numRuns: 80 },
    );
  });

  /*
   * Only for `each-period`: under a share, a longer window lets a rep whose share `s` is above
   * `q` average out (P(Bin(n, 0.9) ≥ n/2) → 1), and a total below the rep's mean likewise, so
   * the law of large numbers makes those chances rise, rightly.
   */
  it('never rises when an each-period target’s window lengthens', () => {
    const ends = ['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27', '2026-12-11'];
    fc.assert(
      fc.property(
        days,
        fc.constantFrom('daily' as const, 'weekly' as const),
        fc.constant({ kind: 'each-period' as const }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: ends.length - 2 }),
        (values, cadence, rule, goal, shorter) => {
          const baseline = historyOf(values);
          const over = (end: string) =>
            chance(
              testPlan({ end, targets: [{ id: 't', metric: 'calls', cadence, goal, rule }] }),
              baseline,
              goal,
            );
          return over(ends[shorter + 1] as string) <= over(ends[shorter] as string) + 1e-12;
        },
      ),
      { numRuns: 80 },
    );
  });

  it('highestAttainableGoal reaches the chance and one step above does not', () => {
    fc.assert(
      fc.property(
        days,
        targetShape,
        fc.double({ min: 0.05, max: 0.99, noNaN: true }),
        fc.boolean(),
        (values, shape, wanted, money) => {
          const metric = money ? 'pipeline_created' : 'calls';
          const baseline = money
            ? baselineOf(
                RANGE_DAYS.flatMap((date, index) => on(date, metric, 1, (values[index] ?? 0) * 1234.5)),
                OBSERVED,
              )
            : historyOf(values);
          const plan = planWith(shape, 1, metric);
          const goal = highestAttainableGoal(plan, 't', baseline, wanted);
          if (goal === null) {
            // No goal above 0 reaches it: not even the smallest step.
            return chance(plan, baseline, goalStep(0, isSumMetric(metric))) < wanted;
          }
          expect(Number.isInteger(goal / goalStep(goal, isSumMetric(metric)))).toBe(true);
          expect(chance(plan, baseline, goal)).toBeGreaterThanOrEqual(wanted);
          expect(chance(plan, baseline, goal + goalStep(goal, isSumMetric(metric)))).toBeLessThan(wanted);
          return true;
        },
      ),
      { numRuns: 100 },
    );
  });

  it('fewer than 10 baseline days never give a chance, whatever the goal', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 9 }), targetShape, (values, observed, shape) => {
        const observedFrom = RANGE_DAYS[RANGE_DAYS.length - observed] as string;
        const thin = baselineOf(series('calls', RANGE_DAYS, values), { observedFrom });
        expect(thin.businessDays).toBe(observed);
        const [result] = assessAttainability(planWith(shape, 10), thin);
        return result?.verdict === 'no-data' && result.chance === null;
      }),
      { numRuns: 40 },
    );
  });
});

describe('properties of the baseline', () => {
  it('a distribution is ordered: median ≤ p75 ≤ p90 ≤ max, and min ≤ mean ≤ max', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (values) => {
          const d = distributionOf(values);
          if (!d) return false;
          const max = Math.max(...values);
          const min = Math.min(...values);
          const slack = 1e-9 * Math.max(1, Math.abs(max), Math.abs(min));
          return (
            min - slack <= d.median &&
            d.median <= d.p75 + slack &&
            d.p75 <= d.p90 + slack &&
            d.p90 <= max + slack &&
            min - slack <= d.mean &&
            d.mean <= max + slack
          );
        },
      ),
    );
  });
});
