/**
 * A plan's history as the as-of day knew it: core's `ledgerTimeline` (every event in plain words,
 * problems as warnings), cut at the end of the as-of day in the plan's zone. A warning whose time
 * is unknown is always kept: a problem in the record is never hidden by the date picker.
 */
import { civilDateAt } from '@onpace/core/calendar';
import { ledgerTimeline, type TimelineEntry } from '@onpace/core/ledger';
import type { PlanData } from '../data/dataset';
import { endOfDayMs } from './as-of';

export interface DatedEntry {
  readonly entry: TimelineEntry;
  /** The plan-zone calendar date of the entry, or null when its time is unknown. */
  readonly date: string | null;
}

export function planTimeline(data: PlanData, asOfDate: string): DatedEntry[] {
  const { plan } = data;
  const until = endOfDayMs(asOfDate, plan.timeZone);
  return ledgerTimeline(data.events, data.ledger).flatMap<DatedEntry>((entry) => {
    if (entry.at === null) return [{ entry, date: null }];
    const ms = Date.parse(entry.at);
    if (ms > until) return [];
    return [{ entry, date: civilDateAt(ms, plan.timeZone) }];
  });
}
