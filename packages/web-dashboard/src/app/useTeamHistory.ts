/**
 * Pace-ratio history per plan for the team sparklines. Each point is a full evaluation, so a
 * large team's history is computed after the table has painted, in slices of a few milliseconds,
 * and the sparklines fill in as it arrives; a small team's is computed at once.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/dataset';
import { hasWeeklyHistory } from '../model/history-cache';
import { fillRatios, planRatios } from '../model/team-history';
import { afterNextPaint } from './timing';

export type RatioHistory = ReadonlyMap<string, readonly (number | null)[]>;

const AT_ONCE = 40;
/** Work per task: short enough that a click or a scroll waits at most about a frame. */
const SLICE_MS = 12;
/**
 * How often the table shows the sparklines computed so far: each showing re-renders the table,
 * which for a few plans per slice cost more than the slices themselves.
 */
const SHOW_EVERY_MS = 150;

export function useTeamHistory(dataset: Dataset, asOf: string): RatioHistory {
  const ready = useMemo(() => {
    const map = new Map<string, (number | null)[]>();
    const small = dataset.plans.length <= AT_ONCE;
    for (const data of dataset.plans) {
      if (small || hasWeeklyHistory(data, asOf)) map.set(data.plan.id, planRatios(data, asOf));
    }
    return map;
  }, [dataset, asOf]);
  const [history, setHistory] = useState<RatioHistory>(ready);

  useEffect(() => {
    setHistory(ready);
    if (ready.size === dataset.plans.length) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let next = 0;
    let shownAt = 0;
    const map = new Map(ready);
    const step = () => {
      if (cancelled) return;
      if (next === 0) {
        performance.mark('onpace:sparklines-started');
        shownAt = performance.now();
      }
      const sliceEnd = performance.now() + SLICE_MS;
      next = fillRatios(dataset.plans, asOf, map, next, () => performance.now() >= sliceEnd);
      const done = next >= dataset.plans.length;
      if (done || performance.now() - shownAt >= SHOW_EVERY_MS) {
        setHistory(new Map(map));
        shownAt = performance.now();
      }
      if (!done) timer = setTimeout(step, 0);
      else performance.mark('onpace:sparklines-done');
    };
    // The rows first: history computed before the frame held the whole table off the screen.
    const cancelWait = afterNextPaint(() => {
      timer = setTimeout(step, 0);
    });
    return () => {
      cancelled = true;
      cancelWait();
      clearTimeout(timer);
    };
  }, [dataset, asOf, ready]);

  return history;
}
