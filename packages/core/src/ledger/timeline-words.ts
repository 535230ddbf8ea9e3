/**
 * The words of one timeline entry: each event type said the way a rep reads it ("Plan extended
 * to Feb 6 because …", "Note edited on Nov 12: was …"). Dates are the plan's calendar dates.
 */

import { parseInstant } from '../calendar/instant.js';
import { civilDateAt } from '../calendar/time-zone.js';
import { isSumMetric, metricName } from '../metrics/catalog.js';
import type { Activity } from '../schemas/activity.js';
import type { Plan } from '../schemas/plan.js';
import { diffRevisions, targetLines } from './diff-revisions.js';
import type { LedgerEvent, PlanOutcome } from './event-schema.js';
import type { LedgerCheckIn, LedgerDispute, LedgerRevision } from './state.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Nov 12` for a civil date `2026-11-12`. */
export function shortDate(date: string): string {
  const [, month, day] = date.split('-');
  const name = MONTHS[Number(month) - 1];
  return name === undefined ? date : `${name} ${Number(day)}`;
}

/** The plan's calendar date of an instant, as `Nov 12`. */
export function dayOf(instant: string, timeZone: string): string {
  const ms = parseInstant(instant);
  return Number.isNaN(ms) ? instant : shortDate(civilDateAt(ms, timeZone));
}

const OUTCOME_WORDS: Readonly<Record<PlanOutcome, string>> = {
  met: 'plan met',
  'not-met': 'plan not met',
  cancelled: 'plan cancelled',
};

const quote = (text: string): string => `“${text}”`;

const amounts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function metricLabel(metric: string): string {
  const name = metricName(metric);
  return name.length === 0 ? metric : name[0]?.toUpperCase() + name.slice(1);
}

/** "2 calls", "$5,000 of pipeline": an amount of a metric. */
function amountWords(metric: string, amount: number, currency: string): string {
  if (isSumMetric(metric)) {
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    return `${money.format(amount)} of ${metricName(metric)}`;
  }
  return `${amounts.format(amount)} ${metricName(metric, amount === 1 ? 'one' : 'many')}`;
}

/** What the walk knows when it words an event: the state, and what applied before it. */
export interface WordingContext {
  readonly timeZone: string;
  readonly currency: string;
  readonly revisionByHash: ReadonlyMap<string, LedgerRevision>;
  readonly revisions: readonly LedgerRevision[];
  readonly checkIns: ReadonlyMap<string, LedgerCheckIn>;
  readonly disputes: ReadonlyMap<string, LedgerDispute>;
  /** Each note's text as of the event being worded. */
  readonly noteText: ReadonlyMap<string, string>;
  /** The rep's manual logs, by id, as logged. */
  readonly logged: ReadonlyMap<string, Activity>;
}

export interface EventWords {
  readonly words: string;
  readonly detail?: readonly string[];
}

function issuedWords(hash: string, context: WordingContext): EventWords {
  const revision = context.revisionByHash.get(hash);
  const plan: Plan | null = revision?.plan ?? null;
  const window = plan ? `${shortDate(plan.start)} to ${shortDate(plan.end)}` : '';
  if (revision === undefined || revision.number === 1) {
    const lines = plan ? targetLines(plan) : [];
    return {
      words: plan ? `Plan issued: ${quote(plan.title)}, ${window}` : 'Plan issued',
      ...(lines.length > 0 ? { detail: lines } : {}),
    };
  }
  const previous = context.revisions[revision.number - 2];
  const changes = previous ? diffRevisions(previous.plan, revision.plan).map((change) => change.text) : [];
  return {
    words: `Plan revised (revision ${revision.number})${changes.length === 0 ? ': nothing a rep reads changed' : ''}`,
    ...(changes.length > 0 ? { detail: changes } : {}),
  };
}

function checkInName(id: string, context: WordingContext): string {
  const checkIn = context.checkIns.get(id);
  return checkIn ? `the check-in of ${shortDate(checkIn.date)}` : `check-in ${id}`;
}

function disputeName(id: string, context: WordingContext): string {
  const dispute = context.disputes.get(id);
  return dispute
    ? `the dispute of ${metricLabel(dispute.metric)} on ${shortDate(dispute.date)}`
    : `dispute ${id}`;
}

function loggedWords(activity: Activity, context: WordingContext): string {
  const day = dayOf(activity.occurredAt, context.timeZone);
  const amount = isSumMetric(activity.metric) ? (activity.amount ?? 0) : 1;
  return `${amountWords(activity.metric, amount, context.currency)} on ${day}`;
}

/** The words of an event, in the context of what applied before it. */
export function eventWords(event: LedgerEvent, hash: string, context: WordingContext): EventWords {
  const day = dayOf(event.at, context.timeZone);
  switch (event.type) {
    case 'plan.issued':
      return issuedWords(hash, context);
    case 'plan.activated':
      return { words: 'Plan activated' };
    case 'plan.extended':
      return { words: `Plan extended to ${shortDate(event.body.end)} because ${event.body.reason}` };
    case 'plan.closed':
      return {
        words: `Plan closed: ${OUTCOME_WORDS[event.body.outcome]}`,
        detail: [event.body.summary],
      };
    case 'plan.acknowledged': {
      const revision = context.revisionByHash.get(event.body.revision);
      const which = revision ? `revision ${revision.number}` : 'a revision that was never issued';
      return {
        words: `Acknowledged ${which} (receipt, not agreement)`,
        ...(event.body.comment === undefined ? {} : { detail: [`Comment: ${quote(event.body.comment)}`] }),
      };
    }
    case 'note.added': {
      const record = event.body.record;
      const about = record ? ` on ${record.name ?? `${record.type} ${record.id}`}` : '';
      return { words: `Note added${about}: ${quote(event.body.text)}` };
    }
    case 'note.edited': {
      const was = context.noteText.get(event.body.note);
      return {
        words: `Note edited on ${day}: was ${was === undefined ? '(unknown note)' : quote(was)}`,
        detail: [`Now: ${quote(event.body.text)}`],
      };
    }
    case 'note.deleted': {
      const had = context.noteText.get(event.body.note);
      return {
        words: `Note deleted on ${day}`,
        detail: [had === undefined ? 'The note is unknown' : `It said: ${quote(had)}`],
      };
    }
    case 'checkin.held': {
      const body = event.body;
      const actions = body.actions.map(
        (action) =>
          `Action: ${action.text}${action.due === undefined ? '' : ` (due ${shortDate(action.due)})`}`,
      );
      return {
        words: `Check-in held for ${shortDate(body.date)}: ${quote(body.question)}`,
        ...(actions.length > 0 ? { detail: actions } : {}),
      };
    }
    case 'checkin.answered':
      return {
        words: `Answered ${checkInName(event.body.checkIn, context)}`,
        detail: [quote(event.body.answer)],
      };
    case 'action.done': {
      const checkIn = context.checkIns.get(event.body.checkIn);
      const action = checkIn?.actions.find((candidate) => candidate.id === event.body.action);
      return { words: `Action done: ${action ? action.text : event.body.action}` };
    }
    case 'activity.logged':
      return { words: `Logged by hand: ${loggedWords(event.body.activity, context)}` };
    case 'activity.retracted': {
      const activity = context.logged.get(event.body.activity);
      return {
        words: `Manual log withdrawn: ${activity ? loggedWords(activity, context) : event.body.activity}`,
      };
    }
    case 'dispute.opened': {
      const body = event.body;
      const what =
        body.kind === 'missing'
          ? `${amountWords(body.metric, body.amount ?? 1, context.currency)} missing`
          : `${body.activities?.length ?? 0} ${body.activities?.length === 1 ? 'activity' : 'activities'} should not count`;
      return {
        words: `Disputed ${metricLabel(body.metric)} on ${shortDate(body.date)}: ${what}`,
        detail: [`Reason: ${quote(body.text)}`],
      };
    }
    case 'dispute.resolved':
      return {
        words: `${event.body.decision === 'accepted' ? 'Accepted' : 'Rejected'} ${disputeName(event.body.dispute, context)}`,
        detail: [`Reason: ${quote(event.body.text)}`],
      };
  }
}
