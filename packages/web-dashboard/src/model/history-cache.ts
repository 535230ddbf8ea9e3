/** Weekly history per plan and as-of date, computed once and shared by the team sparklines and the trends. */
import type { PlanData } from '../data/dataset';
import { type HistoryPoint, historyAt, weeklyDates } from './history';

const cache = new WeakMap<PlanData, Map<string, HistoryPoint[]>>();

export function weeklyHistory(data: PlanData, asOfDate: string): HistoryPoint[] {
  let byDate = cache.get(data);
  if (!byDate) {
    byDate = new Map();
    cache.set(data, byDate);
  }
  let points = byDate.get(asOfDate);
  if (!points) {
    points = historyAt(data, weeklyDates(data.plan, asOfDate));
    byDate.set(asOfDate, points);
  }
  return points;
}

export function hasWeeklyHistory(data: PlanData, asOfDate: string): boolean {
  return cache.get(data)?.has(asOfDate) ?? false;
}
