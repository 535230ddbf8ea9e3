/**
 * The team's trends, all from core's evaluations at the end of each week: pace ratio week by
 * week, the distribution of attainment, check-in adherence and status changes.
 */
import { addDays, weekdayOf } from '@onpace/core/calendar';
import { matchCheckIns, STATUSES, type Status } from '@onpace/core/pace';
import type { Dataset } from '../data/dataset';
import { weeklyHistory } from './history-cache';
import { planPaceRatio } from './plan-ratio';
import type { TeamRow } from './team-rows';

/** The Sunday that ends the calendar week (Monday to Sunday) holding `date`. */
export function weekEnding(date: string): string {
  return addDays(date, 7 - weekdayOf(date));
}

/** The week's label date: its Sunday, or the as-of date for the week still under way. */
export function weekKey(date: string, asOf: string): string {
  const end = weekEnding(date);
  return end > asOf ? asOf : end;
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? a;
  return a + (b - a) * (position - low);
}

export interface PaceWeek {
  readonly weekEnding: string;
  readonly plans: number;
  readonly median: number;
  readonly lowerQuartile: number;
  readonly upperQuartile: number;
  readonly lowest: number;
  readonly highest: number;
}

/** Each plan's last evaluation in each calendar week up to the as-of date. */
function lastPointPerWeek(dataset: Dataset, asOf: string) {
  return dataset.plans.map((data) => {
    const byWeek = new Map<string, ReturnType<typeof weeklyHistory>[number]>();
    for (const point of weeklyHistory(data, asOf)) byWeek.set(weekKey(point.date, asOf), point);
    return { data, byWeek };
  });
}

export function teamPaceByWeek(dataset: Dataset, asOf: string): PaceWeek[] {
  const ratios = new Map<string, number[]>();
  for (const { byWeek } of lastPointPerWeek(dataset, asOf)) {
    for (const [week, point] of byWeek) {
      const ratio = planPaceRatio(point.evaluation);
      if (ratio === null) continue;
      const list = ratios.get(week);
      if (list) list.push(ratio);
      else ratios.set(week, [ratio]);
    }
  }
  return [...ratios]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return {
        weekEnding: week,
        plans: sorted.length,
        median: quantile(sorted, 0.5),
        lowerQuartile: quantile(sorted, 0.25),
        upperQuartile: quantile(sorted, 0.75),
        lowest: sorted[0] ?? 0,
        highest: sorted.at(-1) ?? 0,
      };
    });
}

export const ATTAINMENT_BUCKETS = ['0–19%', '20–39%', '40–59%', '60–79%', '80–99%', '100% or more'] as const;

export interface AttainmentBucket {
  readonly label: string;
  readonly targets: number;
}

/** Targets of started plans by share of their goal reached (actual ÷ goal). */
export function attainmentDistribution(rows: readonly TeamRow[]): AttainmentBucket[] {
  const counts = ATTAINMENT_BUCKETS.map(() => 0);
  for (const row of rows) {
    if (row.phase === 'before') continue;
    for (const target of row.evaluation.targets) {
      const share = target.goal > 0 ? target.actual / target.goal : 0;
      const bucket = Math.min(ATTAINMENT_BUCKETS.length - 1, Math.floor(share * 5));
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
  }
  return ATTAINMENT_BUCKETS.map((label, index) => ({ label, targets: counts[index] ?? 0 }));
}

export interface AdherenceWeek {
  readonly weekEnding: string;
  readonly scheduled: number;
  readonly held: number;
}

export interface AdherencePlan {
  readonly planId: string;
  readonly repName: string;
  readonly scheduled: number;
  readonly held: number;
}

/** Check-ins scheduled up to the as-of date, and how many of them were held. */
export function checkInAdherence(
  dataset: Dataset,
  asOf: string,
): { weeks: AdherenceWeek[]; plans: AdherencePlan[] } {
  const weeks = new Map<string, { scheduled: number; held: number }>();
  const plans: AdherencePlan[] = [];
  for (const data of dataset.plans) {
    const known = data.ledger.checkIns.filter((checkIn) => checkIn.date <= asOf);
    const slots = matchCheckIns(data.plan, known).filter((slot) => slot.date <= asOf);
    if (slots.length === 0) continue;
    let held = 0;
    for (const slot of slots) {
      const week = weekKey(slot.date, asOf);
      const tally = weeks.get(week) ?? { scheduled: 0, held: 0 };
      tally.scheduled++;
      if (slot.heldBy) {
        tally.held++;
        held++;
      }
      weeks.set(week, tally);
    }
    plans.push({ planId: data.plan.id, repName: data.plan.rep.name, scheduled: slots.length, held });
  }
  return {
    weeks: [...weeks]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([weekEnding, tally]) => ({ weekEnding, ...tally })),
    plans: plans.sort(
      (a, b) => a.held / a.scheduled - b.held / b.scheduled || a.repName.localeCompare(b.repName),
    ),
  };
}

export interface StatusWeek {
  readonly weekEnding: string;
  readonly counts: Readonly<Record<Status, number>>;
}

export interface StatusChange {
  readonly weekEnding: string;
  readonly planId: string;
  readonly repName: string;
  readonly from: Status;
  readonly to: Status;
}

/** Plans per status at the end of each week, and every change of a plan's status between weeks. */
export function statusChanges(
  dataset: Dataset,
  asOf: string,
): { weeks: StatusWeek[]; changes: StatusChange[] } {
  const weeks = new Map<string, Record<Status, number>>();
  const changes: StatusChange[] = [];
  for (const { data, byWeek } of lastPointPerWeek(dataset, asOf)) {
    let previous: Status | null = null;
    for (const [week, point] of [...byWeek].sort(([a], [b]) => a.localeCompare(b))) {
      const status = point.evaluation.status;
      let counts = weeks.get(week);
      if (!counts) {
        counts = Object.fromEntries(STATUSES.map((word) => [word, 0])) as Record<Status, number>;
        weeks.set(week, counts);
      }
      counts[status]++;
      if (previous !== null && previous !== status) {
        changes.push({
          weekEnding: week,
          planId: data.plan.id,
          repName: data.plan.rep.name,
          from: previous,
          to: status,
        });
      }
      previous = status;
    }
  }
  return {
    weeks: [...weeks]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([weekEnding, counts]) => ({ weekEnding, counts })),
    changes: changes.sort(
      (a, b) => b.weekEnding.localeCompare(a.weekEnding) || a.repName.localeCompare(b.repName),
    ),
  };
}
