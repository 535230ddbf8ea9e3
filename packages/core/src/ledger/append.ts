/**
 * `appendEvent(events, draft)`: the author's next event. The writer says what happened (plan,
 * author, at, type, body); the chain fields (`format`, `v`, `seq`, `prev`) come from the
 * author's own latest event in `events`.
 */
import { formatInstant, parseInstant } from '../calendar/instant.js';
import { problemsOf, ValidationError } from '../schemas/validation.js';
import { EVENT_FORMAT, EVENT_VERSION, LedgerEvent, type LedgerEventInput } from './event-schema.js';
import { hashEvent } from './hash.js';
import { instantKey } from './utc-instant.js';

type Draft<Event> = Event extends unknown ? Omit<Event, 'format' | 'v' | 'seq' | 'prev'> : never;
/** An event without its chain fields: what a writer supplies. */
export type EventDraft = Draft<LedgerEventInput>;

interface ChainEnd {
  readonly seq: number;
  readonly event: LedgerEventInput;
}

function authorEnd(events: readonly LedgerEventInput[], draft: EventDraft): ChainEnd | null {
  let end: ChainEnd | null = null;
  // Stryker disable next-line BooleanLiteral: the author's first event sets it false; with none, `end` is null and nothing is thrown
  let tied = false;
  for (const event of events) {
    if (event.plan !== draft.plan || event.author.id !== draft.author.id) continue;
    if (end === null || event.seq > end.seq) {
      end = { seq: event.seq, event };
      tied = false;
      // Stryker disable next-line ConditionalExpression: the same event object hashes the same; the identity check only skips hashing it
    } else if (event.seq === end.seq && event !== end.event && hashEvent(event) !== hashEvent(end.event)) {
      tied = true;
    }
  }
  // Stryker disable next-line ConditionalExpression: `tied` is only set once `end` is
  if (tied && end !== null) {
    throw new Error(
      `${draft.author.id} already has two different events numbered ${end.seq} in plan ${draft.plan}; ` +
        'appending to either would continue a fork',
    );
  }
  return end;
}

/**
 * Returns the new event (it does not change `events`). Its `at` is the draft's, unless that is
 * not later than the author's previous event: a device clock that stepped back, or two writes in
 * one millisecond, would otherwise break the chain (`at` never decreases) or let the fold apply
 * them out of order (ties go by hash), so the event is dated one millisecond after the previous one.
 * Throws a ValidationError naming each bad field of the draft.
 */
export function appendEvent(events: readonly LedgerEventInput[], draft: EventDraft): LedgerEventInput {
  const end = authorEnd(events, draft);
  let at = draft.at;
  if (end !== null && typeof at === 'string' && instantKey(at) <= instantKey(end.event.at)) {
    at = formatInstant(Math.floor(parseInstant(end.event.at)) + 1);
  }
  const event = {
    format: EVENT_FORMAT,
    v: EVENT_VERSION,
    plan: draft.plan,
    author: draft.author,
    seq: end === null ? 1 : end.seq + 1,
    prev: end === null ? null : hashEvent(end.event),
    at,
    type: draft.type,
    body: draft.body,
  } as LedgerEventInput;
  const checked = LedgerEvent.safeParse(event);
  if (!checked.success) throw new ValidationError('event', problemsOf(checked.error));
  return event;
}
