/**
 * Pace-ratio history per plan for the team sparklines. Each point is a full evaluation, so a
 * large team's history is computed after the table has painted, a few plans per task, and the
 * sparklines fill in as it arrives; a small team's is computed at once.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/dataset';
import { hasWeeklyHistory, weeklyHistory } from '../model/history-cache';
import { planPaceRatio } from '../model/plan-ratio';

export type RatioHistory = ReadonlyMap<string, readonly (number | null)[]>;

const AT_ONCE = 40;
const PER_TASK = 25;

function ratiosOf(dataset: Dataset, asOf: string, index: number): (number | null)[] {
  const data = dataset.plans[index];
  if (!data) return [];
  return weeklyHistory(data, asOf).map((point) => planPaceRatio(point.evaluation));
}

export function useTeamHistory(dataset: Dataset, asOf: string): RatioHistory {
  const ready = useMemo(() => {
    const map = new Map<string, (number | null)[]>();
    const small = dataset.plans.length <= AT_ONCE;
    dataset.plans.forEach((data, index) => {
      if (small || hasWeeklyHistory(data, asOf)) map.set(data.plan.id, ratiosOf(dataset, asOf, index));
    });
    return map;
  }, [dataset, asOf]);
  const [history, setHistory] = useState<RatioHistory>(ready);

  useEffect(() => {
    setHistory(ready);
    if (ready.size === dataset.plans.length) return;
    let cancelled = false;
    let next = 0;
    const map = new Map(ready);
    const step = () => {
      if (cancelled) return;
      const stop = Math.min(dataset.plans.length, next + PER_TASK);
      for (; next < stop; next++) {
        const data = dataset.plans[next];
        if (data && !map.has(data.plan.id)) map.set(data.plan.id, ratiosOf(dataset, asOf, next));
      }
      setHistory(new Map(map));
      if (next < dataset.plans.length) setTimeout(step, 0);
      else performance.mark('onpace:sparklines-done');
    };
    const timer = setTimeout(step, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [dataset, asOf, ready]);

  return history;
}
