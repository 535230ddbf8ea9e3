/**
 * A large generated team for the benchmark (`?data=bench`): `planCount` plans of 90 days with 10
 * targets each, carrying daily rollups as the extension bridge sends them. It goes through the
 * same bundle check as any file, so the benchmark measures the real load path.
 */
import { addDays, startOfLocalDay, toDayNumber } from '@onpace/core/calendar';
import {
  BUILT_IN_METRICS,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleInput,
  isSumMetric,
  type PlanInput,
} from '@onpace/core/schemas';
import { seededRandom } from './demo/prng';

export const BENCH_AS_OF = '2026-11-18';
const ZONES = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London'];
const CADENCES = ['daily', 'weekly', 'plan'] as const;
const DAYS = 90;
const MANAGERS = Array.from({ length: 12 }, (_, index) => ({
  id: `mgr-${index}`,
  name: `Manager ${index + 1}`,
}));

function benchPlan(index: number): PlanInput {
  const start = addDays('2026-09-01', index % 45);
  const metrics = [...BUILT_IN_METRICS, 'custom:demos' as const];
  return {
    id: `bench-plan-${index}`,
    title: `Plan ${index + 1}`,
    label: 'Growth plan',
    rep: { id: `bench-rep-${index}`, name: `Rep ${String(index + 1).padStart(3, '0')}` },
    manager: MANAGERS[index % MANAGERS.length],
    timeZone: ZONES[index % ZONES.length] ?? 'UTC',
    start,
    end: addDays(start, DAYS - 1),
    holidays: [addDays(start, 30)],
    ptoDays: [addDays(start, 51)],
    checkInCadence: { everyWeeks: 1, weekday: 4 },
    targets: metrics.slice(0, 10).map((metric, target) => {
      const cadence = CADENCES[target % CADENCES.length] ?? 'plan';
      return {
        id: `t${target}`,
        metric,
        cadence,
        goal: isSumMetric(metric) ? 250_000 : cadence === 'daily' ? 10 : cadence === 'weekly' ? 20 : 150,
        ...(cadence === 'plan' ? {} : { rule: { kind: 'share-of-periods' as const, atLeast: 0.8 } }),
      };
    }),
  };
}

/** Daily totals per metric near each goal's rate, with a per-rep form between 0.7 and 1.3. */
function benchRollup(plan: PlanInput, seed: number) {
  const random = seededRandom(seed);
  const form = 0.7 + random() * 0.6;
  const startDay = toDayNumber(plan.start);
  const metrics: Record<string, { totals: number[]; latest: (number | null)[] }> = {};
  // 16:00 UTC-ish of each local day: the newest activity counted that day (one zone lookup per day).
  const afternoon = Array.from(
    { length: DAYS },
    (_, day) => startOfLocalDay(startDay + day, plan.timeZone) + 16 * 3_600_000,
  );
  for (const target of plan.targets) {
    const perDay =
      target.cadence === 'daily'
        ? target.goal
        : target.cadence === 'weekly'
          ? target.goal / 5
          : target.goal / 62;
    const totals: number[] = [];
    const latest: (number | null)[] = [];
    for (let day = 0; day < DAYS; day++) {
      const weekday = (((startDay + day + 3) % 7) + 7) % 7;
      const value = weekday >= 5 ? 0 : Math.round(perDay * form * (0.6 + random() * 0.8));
      totals.push(value);
      latest.push(value > 0 ? (afternoon[day] ?? null) : null);
    }
    metrics[target.metric] = { totals, latest };
  }
  return {
    planId: plan.id,
    rollup: {
      kind: 'onpace.rollup' as const,
      timeZone: plan.timeZone,
      from: plan.start,
      to: plan.end,
      cutoff: `${BENCH_AS_OF}T23:00:00Z`,
      metrics,
    },
  };
}

export function benchBundleInput(planCount: number): BundleInput {
  const plans = Array.from({ length: planCount }, (_, index) => benchPlan(index));
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: `${BENCH_AS_OF}T23:00:00Z`,
    plans,
    rollups: plans.map((plan, index) => benchRollup(plan, 7 + index)),
  };
}
