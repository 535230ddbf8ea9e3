/** Properties of baselines and verdicts that must hold for any history and any goal. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessAttainability, type Baseline, distributionOf, type Verdict } from '../../src/index.js';
import { baselineOf, RANGE_DAYS, series, testPlan } from './fixtures.js';

const STRICTNESS: Record<Exclude<Verdict, 'no-data'>, number> = { realistic: 0, stretch: 1, unrealistic: 2 };

const days = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 20, maxLength: 20 });
const cadence = fc.constantFrom('daily' as const, 'weekly' as const, 'plan' as const);

function verdictOf(
  baseline: Baseline,
  goal: number,
  targetCadence: 'daily' | 'weekly' | 'plan',
  team?: Baseline[],
) {
  const plan = testPlan({ targets: [{ id: 't', metric: 'calls', cadence: targetCadence, goal }] });
  return assessAttainability(plan, baseline, team)[0]?.verdict as Verdict;
}

function historyOf(values: readonly number[], scale = 1): Baseline {
  return baselineOf(
    series(
      'calls',
      RANGE_DAYS,
      values.map((value) => value * scale),
    ),
  );
}

describe('properties', () => {
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

  it('scaling all activity up never makes a verdict stricter', () => {
    fc.assert(
      fc.property(
        days,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 2, max: 4 }),
        cadence,
        (values, goal, k, c) => {
          const before = verdictOf(historyOf(values), goal, c);
          const after = verdictOf(historyOf(values, k), goal, c);
          if (before === 'no-data' || after === 'no-data') return before === after;
          return STRICTNESS[after] <= STRICTNESS[before];
        },
      ),
      { numRuns: 60 },
    );
  });

  it('raising a goal never makes a verdict more lenient', () => {
    fc.assert(
      fc.property(
        days,
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        cadence,
        (values, goal, extra, c) => {
          const baseline = historyOf(values);
          const lower = verdictOf(baseline, goal, c);
          const higher = verdictOf(baseline, goal + extra, c);
          if (lower === 'no-data' || higher === 'no-data') return lower === higher;
          return STRICTNESS[higher] >= STRICTNESS[lower];
        },
      ),
      { numRuns: 60 },
    );
  });

  it('fewer than 10 observed business days never give a confident verdict, whatever the goal or team', () => {
    const team = [10, 20, 30].map((perDay) => historyOf(RANGE_DAYS.map(() => perDay)));
    fc.assert(
      fc.property(
        days,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 500 }),
        cadence,
        (values, observed, goal, c) => {
          // The last `observed` business days of the range are all the data covers.
          const observedFrom = RANGE_DAYS[RANGE_DAYS.length - observed] as string;
          const thin = baselineOf(series('calls', RANGE_DAYS, values), { observedFrom });
          expect(thin.businessDays).toBe(observed);
          return verdictOf(thin, goal, c, team) === 'no-data';
        },
      ),
      { numRuns: 40 },
    );
  });
});
