import { toDayNumber } from '@onpace/core/calendar';
import type { Rollup } from '@onpace/core/rollups';

/**
 * A metric's daily totals from the plan's first day on: the cached rollup starts at the plan's
 * baseline range, so index 0 of its totals is not the plan's first day.
 */
export function totalsFromPlanStart(rollup: Rollup | undefined, planStart: string, metric: string): number[] {
  if (!rollup) return [];
  const offset = toDayNumber(planStart) - toDayNumber(rollup.from);
  return Array.from(rollup.metrics[metric]?.totals ?? []).slice(offset);
}
