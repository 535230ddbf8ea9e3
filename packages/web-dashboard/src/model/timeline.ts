/**
 * A plan's dated record on one line: check-ins, their action items (on their due dates), coaching
 * notes and acknowledgments, as they stood at the end of the as-of day.
 */
import { civilDateAt } from '@onpace/core/calendar';
import type { ActionItem, CheckIn, CoachingNote } from '@onpace/core/schemas';
import type { PlanData } from '../data/dataset';
import { endOfDayMs } from './as-of';

export type TimelineEvent =
  | { readonly kind: 'check-in'; readonly date: string; readonly checkIn: CheckIn }
  | {
      readonly kind: 'action-due';
      readonly date: string;
      readonly item: ActionItem;
      readonly checkInDate: string;
    }
  | { readonly kind: 'note'; readonly date: string; readonly note: CoachingNote }
  | {
      readonly kind: 'acknowledgment';
      readonly date: string;
      readonly revision: number;
      readonly at: string;
    };

const ORDER: Record<TimelineEvent['kind'], number> = {
  acknowledgment: 0,
  'check-in': 1,
  note: 2,
  'action-due': 3,
};

export interface TimelineOptions {
  /** Leave out private notes (the evidence report shows shared notes only). */
  readonly sharedNotesOnly?: boolean;
}

export function timeline(data: PlanData, asOfDate: string, options: TimelineOptions = {}): TimelineEvent[] {
  const { plan } = data;
  const until = endOfDayMs(asOfDate, plan.timeZone);
  const events: TimelineEvent[] = [];
  for (const checkIn of data.checkIns) {
    if (checkIn.date > asOfDate) continue;
    events.push({ kind: 'check-in', date: checkIn.date, checkIn });
    for (const item of checkIn.actionItems) {
      if (item.due) events.push({ kind: 'action-due', date: item.due, item, checkInDate: checkIn.date });
    }
  }
  for (const note of data.notes) {
    if (Date.parse(note.createdAt) > until) continue;
    if (options.sharedNotesOnly && note.visibility !== 'shared') continue;
    events.push({ kind: 'note', date: civilDateAt(Date.parse(note.createdAt), plan.timeZone), note });
  }
  for (const ack of data.acknowledgments) {
    if (Date.parse(ack.at) > until) continue;
    events.push({
      kind: 'acknowledgment',
      date: civilDateAt(Date.parse(ack.at), plan.timeZone),
      revision: ack.planRevision,
      at: ack.at,
    });
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || ORDER[a.kind] - ORDER[b.kind]);
}
