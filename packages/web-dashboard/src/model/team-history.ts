/**
 * The team sparklines' weekly pace ratios, plan by plan. `fillRatios` does the same work as
 * `teamRatios` in pieces: it stops when `timeIsUp` says so (checked after each plan, so every
 * call makes progress) and the next call goes on from where it stopped.
 */
import type { PlanData } from '../data/dataset';
import { weeklyHistory } from './history-cache';
import { planPaceRatio } from './plan-ratio';

export function planRatios(data: PlanData, asOf: string): (number | null)[] {
  return weeklyHistory(data, asOf).map((point) => planPaceRatio(point.evaluation));
}

/** Every plan's ratios at once: the straightforward computation. */
export function teamRatios(plans: readonly PlanData[], asOf: string): Map<string, (number | null)[]> {
  return new Map(plans.map((data) => [data.plan.id, planRatios(data, asOf)]));
}

/**
 * Adds to `ratios` the plans from index `from` on that it lacks, until `timeIsUp()` or the end;
 * returns the index to go on from (`plans.length` when done).
 */
export function fillRatios(
  plans: readonly PlanData[],
  asOf: string,
  ratios: Map<string, (number | null)[]>,
  from: number,
  timeIsUp: () => boolean,
): number {
  let next = from;
  while (next < plans.length) {
    const data = plans[next];
    next++;
    if (data && !ratios.has(data.plan.id)) ratios.set(data.plan.id, planRatios(data, asOf));
    if (timeIsUp()) break;
  }
  return next;
}
