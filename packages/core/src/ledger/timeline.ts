/**
 * `ledgerTimeline(events, state)`: a plan's history in plain words, one entry per event the fold
 * read, oldest first, with author and time. An event the fold skipped keeps its place and carries
 * its problem; the problems that stop a chain or drop an event (`fork`, `gap`, `chain-broken`,
 * `invalid`, `plan-mismatch`) are entries of their own. Nothing the fold refused is left silent.
 */

import type { Activity } from '../schemas/activity.js';
import { CanonicalJsonError } from './canonical-json.js';
import { type AuthorRole, type EventType, type LedgerEvent, safeParseEvent } from './event-schema.js';
import { hashEvent } from './hash.js';
import type { LedgerProblem, LedgerState, ProblemCode } from './state.js';
import { eventWords, type WordingContext } from './timeline-words.js';
import { instantKey, isUtcInstant } from './utc-instant.js';

export interface TimelineAuthor {
  readonly id: string;
  readonly role: AuthorRole;
  /** The person's name as the plan gives it, when it does. */
  readonly name?: string;
}

export interface TimelineProblem {
  readonly code: ProblemCode;
  readonly message: string;
}

export type TimelineKind = EventType | 'problem';

export interface TimelineEntry {
  /** A stable key for lists: the event's hash, or `problem:<n>` for a problem entry. */
  readonly key: string;
  /** When it was written (UTC); null for a problem whose event names no valid time. */
  readonly at: string | null;
  /** Who wrote it; null for a problem whose event names no author. */
  readonly author: TimelineAuthor | null;
  readonly kind: TimelineKind;
  /** The sentence to show. */
  readonly words: string;
  /** Further lines: a revision's changes, a comment, a note's earlier text, action items… */
  readonly detail?: readonly string[];
  /** Set when the fold did not apply this event, or for a problem entry: show it as a warning. */
  readonly problem?: TimelineProblem;
}

/** Problems the apply step gives an event it skips (the event itself is on a verified chain). */
const SKIP_CODES: ReadonlySet<ProblemCode> = new Set([
  'not-allowed',
  'closed',
  'duplicate-id',
  'unknown-ref',
]);

interface ReadEvent {
  readonly event: LedgerEvent;
  readonly hash: string;
  readonly atKey: string;
}

const authorSeq = (author: string | null, seq: number | null): string => `${author}\u0000${seq}`;

function readEvents(events: readonly unknown[]): ReadEvent[] {
  const seen = new Set<string>();
  const read: ReadEvent[] = [];
  for (const raw of events) {
    let hash: string;
    try {
      hash = hashEvent(raw);
    } catch (error) {
      if (error instanceof CanonicalJsonError) continue;
      throw error;
    }
    if (seen.has(hash)) continue;
    seen.add(hash);
    const parsed = safeParseEvent(raw);
    if (parsed.success) read.push({ event: parsed.data, hash, atKey: instantKey(parsed.data.at) });
  }
  return read;
}

function byTime(a: { atKey: string; hash: string }, b: { atKey: string; hash: string }): number {
  if (a.atKey !== b.atKey) return a.atKey < b.atKey ? -1 : 1;
  return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
}

class Authors {
  constructor(private readonly state: LedgerState) {}

  of(id: string, claimed: AuthorRole | null): TimelineAuthor | null {
    const plan = this.state.plan;
    if (id === this.state.managerId) {
      const name = plan?.manager?.name;
      return { id, role: 'manager', ...(name === undefined ? {} : { name }) };
    }
    if (id === this.state.repId) {
      const name = plan?.rep.name;
      return { id, role: 'rep', ...(name === undefined ? {} : { name }) };
    }
    return claimed === null ? null : { id, role: claimed };
  }
}

/** The mutable picture the walk keeps of what applied so far. */
class Walk {
  readonly noteText = new Map<string, string>();
  readonly logged = new Map<string, Activity>();

  record(event: LedgerEvent): void {
    if (event.type === 'note.added' || event.type === 'note.edited') {
      this.noteText.set(event.body.note, event.body.text);
    } else if (event.type === 'activity.logged') {
      this.logged.set(event.body.activity.id, event.body.activity);
    }
  }
}

/** Where a dropped or chain problem belongs in time: its event's `at`, when one is known. */
function problemTime(
  problem: LedgerProblem,
  read: readonly ReadEvent[],
  rawTimes: Map<string, string>,
): string | null {
  if (problem.code === 'invalid' || problem.code === 'plan-mismatch') {
    return rawTimes.get(authorSeq(problem.author, problem.seq)) ?? null;
  }
  // fork, gap, chain-broken: the first event of that author from `seq` on (the earliest of a fork).
  let first: ReadEvent | null = null;
  for (const item of read) {
    if (item.event.author.id !== problem.author || problem.seq === null || item.event.seq < problem.seq)
      continue;
    if (
      first === null ||
      item.event.seq < first.event.seq ||
      (item.event.seq === first.event.seq && byTime(item, first) < 0)
    ) {
      first = item;
    }
  }
  return first?.event.at ?? null;
}

const PROBLEM_WORDS: Readonly<Record<ProblemCode, string>> = {
  invalid: 'An event that is not well formed was ignored',
  'plan-mismatch': 'An event of another plan was ignored',
  fork: 'Two different versions of the same history: the record stops where they part',
  gap: 'An event is missing from the record: what follows it is not applied',
  'chain-broken': 'The record was altered: what follows is not applied',
  'not-allowed': 'Not allowed, so not applied',
  closed: 'Written after the plan was closed, so not applied',
  'duplicate-id': 'Repeats an id already used, so not applied',
  'unknown-ref': 'Refers to something that does not exist, so not applied',
};

/** Each event's claimed author and seq → its `at`, read leniently for events the schema refused. */
function rawTimesOf(events: readonly unknown[]): Map<string, string> {
  const times = new Map<string, string>();
  for (const raw of events) {
    if (typeof raw !== 'object' || raw === null) continue;
    const { author, seq, at } = raw as { author?: { id?: unknown }; seq?: unknown; at?: unknown };
    const id =
      typeof author === 'object' && author !== null && typeof author.id === 'string' ? author.id : null;
    if (typeof seq !== 'number' || typeof at !== 'string' || !isUtcInstant(at)) continue;
    times.set(authorSeq(id, seq), at);
  }
  return times;
}

function claimedRole(problem: LedgerProblem, read: readonly ReadEvent[]): AuthorRole | null {
  return read.find((item) => item.event.author.id === problem.author)?.event.author.role ?? null;
}

/**
 * The timeline of one plan: `events` as stored or imported (any order, duplicates and all) and
 * `state`, their fold. Entries come oldest first by (`at`, hash), the fold's own order; problem
 * entries whose time is unknown come first, so a warning is never lost at the bottom.
 */
export function ledgerTimeline(events: readonly unknown[], state: LedgerState): TimelineEntry[] {
  const read = readEvents(events);
  const skipped = new Map<string, LedgerProblem>();
  for (const problem of state.problems) {
    if (SKIP_CODES.has(problem.code)) skipped.set(authorSeq(problem.author, problem.seq), problem);
  }
  const planId = state.plan?.id ?? null;
  const onChain = read
    .filter((item) => {
      const head = state.heads[item.event.author.id];
      return (
        head !== undefined && item.event.seq <= head.seq && (planId === null || item.event.plan === planId)
      );
    })
    .sort(byTime);

  const authors = new Authors(state);
  const walk = new Walk();
  const context: WordingContext = {
    timeZone: state.plan?.timeZone ?? 'UTC',
    currency: state.plan?.currency ?? 'USD',
    revisionByHash: new Map(state.revisions.map((revision) => [revision.hash, revision])),
    revisions: state.revisions,
    checkIns: new Map(state.checkIns.map((checkIn) => [checkIn.id, checkIn])),
    disputes: new Map(state.disputes.map((dispute) => [dispute.id, dispute])),
    noteText: walk.noteText,
    logged: walk.logged,
  };

  const timed: { entry: TimelineEntry; atKey: string; hash: string }[] = [];
  for (const item of onChain) {
    const { event, hash } = item;
    const problem = skipped.get(authorSeq(event.author.id, event.seq));
    const words = eventWords(event, hash, context);
    if (!problem) walk.record(event);
    const entry: TimelineEntry = {
      key: hash,
      at: event.at,
      author: authors.of(event.author.id, event.author.role),
      kind: event.type,
      ...words,
      ...(problem ? { problem: { code: problem.code, message: problem.message } } : {}),
    };
    timed.push({ entry, atKey: item.atKey, hash });
  }

  const untimed: TimelineEntry[] = [];
  const rawTimes = rawTimesOf(events);
  state.problems.forEach((problem, index) => {
    if (SKIP_CODES.has(problem.code)) return;
    const at = problemTime(problem, read, rawTimes);
    const entry: TimelineEntry = {
      key: `problem:${index}`,
      at,
      author: problem.author === null ? null : authors.of(problem.author, claimedRole(problem, read)),
      kind: 'problem',
      words: PROBLEM_WORDS[problem.code],
      detail: [problem.message],
      problem: { code: problem.code, message: problem.message },
    };
    // A problem sorts just before the events of its moment, with a key no hash can take.
    if (at === null) untimed.push(entry);
    else timed.push({ entry, atKey: instantKey(at), hash: '' });
  });

  return [...untimed, ...timed.sort(byTime).map((item) => item.entry)];
}
