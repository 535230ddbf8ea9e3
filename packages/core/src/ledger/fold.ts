/**
 * `foldLedger(events)`: the one merge rule. Events arrive in any order, with duplicates, from
 * several sources; the state depends only on the set of events.
 *
 * 1. Drop exact duplicates (same hash); drop, with a problem each, `invalid` events and those of
 *    another plan than the manager's first `plan.issued` (`plan-mismatch`).
 * 2. Keep each author's verified prefix (`fork`, `gap`, `chain-broken` where it stops).
 * 3. Apply the verified events in (`at`, hash) order; each one that breaks a rule is skipped
 *    with exactly one problem.
 */
import type { PaceSnapshot } from '../schemas/check-in.js';
import { problemsOf } from '../schemas/validation.js';
import { LedgerBuilder, type PlanRoles } from './apply-events.js';
import { CanonicalJsonError } from './canonical-json.js';
import { safeParseEvent } from './event-schema.js';
import { hashEvent } from './hash.js';
import type { LedgerProblem, LedgerState } from './state.js';
import { type HashedEvent, hashedOrder, instantKey, verifyChains } from './verify-chains.js';

interface Unique {
  readonly raw: unknown;
  readonly hash: string;
}

function field(raw: unknown, name: string): unknown {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
    ? (raw as Record<string, unknown>)[name]
    : undefined;
}

/** Who an event says wrote it, read leniently so even an invalid event's problem names it. */
function claimedAuthor(raw: unknown): string | null {
  const id = field(field(raw, 'author'), 'id');
  return typeof id === 'string' ? id : null;
}

function claimedSeq(raw: unknown): number | null {
  const seq = field(raw, 'seq');
  return typeof seq === 'number' && Number.isInteger(seq) ? seq : null;
}

function dedupe(events: readonly unknown[], problems: LedgerProblem[]): Unique[] {
  const unique = new Map<string, Unique>();
  const unhashable = new Map<string, LedgerProblem>();
  for (const raw of events) {
    let hash: string;
    try {
      hash = hashEvent(raw);
    } catch (error) {
      if (!(error instanceof CanonicalJsonError)) throw error;
      // Not JSON at all (NaN, a function, a cycle): invalid, reported once per distinct reason.
      const key = `${claimedAuthor(raw)}|${claimedSeq(raw)}|${error.message}`;
      unhashable.set(key, {
        code: 'invalid',
        author: claimedAuthor(raw),
        seq: claimedSeq(raw),
        message: error.message,
      });
      continue;
    }
    if (unique.get(hash) === undefined) unique.set(hash, { raw, hash });
  }
  for (const key of [...unhashable.keys()].sort()) problems.push(unhashable.get(key) as LedgerProblem);
  return [...unique.values()];
}

/** Problems of dropped events, in hash order: the same list whatever order the events came in. */
function inHashOrder(dropped: { readonly hash: string; readonly problem: LedgerProblem }[]): LedgerProblem[] {
  return dropped
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
    .map((entry) => entry.problem);
}

/**
 * The manager's `seq` 1 `plan.issued`: the event that names the plan, its manager (its author)
 * and its rep. Among several candidates (a fork of seq 1, or someone else claiming to be the
 * manager), the earliest by (`at`, hash) is taken, so the choice never depends on input order;
 * a fork is then reported by step 2.
 */
function genesisOf(events: readonly HashedEvent[]): HashedEvent | null {
  let genesis: HashedEvent | null = null;
  for (const item of events) {
    const { event } = item;
    if (event.type !== 'plan.issued' || event.seq !== 1 || event.author.role !== 'manager') continue;
    const plan = event.body.plan;
    if (plan.rep.id === event.author.id) continue;
    if (plan.manager !== undefined && plan.manager.id !== event.author.id) continue;
    if (genesis === null || hashedOrder(item, genesis) < 0) genesis = item;
  }
  return genesis;
}

/** Folds one plan's events into its state. Synchronous: hashing is plain JavaScript. */
export function foldLedger(events: readonly unknown[]): LedgerState {
  const earlyProblems: LedgerProblem[] = [];
  const dropped: { hash: string; problem: LedgerProblem }[] = [];
  const valid: HashedEvent[] = [];
  const rawSnapshots = new Map<string, PaceSnapshot | null>();
  for (const { raw, hash } of dedupe(events, earlyProblems)) {
    const parsed = safeParseEvent(raw);
    if (!parsed.success) {
      const fields = problemsOf(parsed.error)
        .map((problem) => `${problem.path}: ${problem.message}`)
        .join('; ');
      dropped.push({
        hash,
        problem: { code: 'invalid', author: claimedAuthor(raw), seq: claimedSeq(raw), message: fields },
      });
      continue;
    }
    const event = parsed.data;
    if (event.type === 'checkin.held') {
      // The snapshot is carried exactly as written, not as the schema reads it.
      rawSnapshots.set(hash, field(field(raw, 'body'), 'snapshot') as PaceSnapshot | null);
    }
    valid.push({ event, hash, atKey: instantKey(event.at) });
  }

  const genesis = genesisOf(valid);
  const inPlan: HashedEvent[] = [];
  for (const item of valid) {
    if (genesis !== null && item.event.plan !== genesis.event.plan) {
      dropped.push({
        hash: item.hash,
        problem: {
          code: 'plan-mismatch',
          author: item.event.author.id,
          seq: item.event.seq,
          message: `belongs to plan ${item.event.plan}, not ${genesis.event.plan}`,
        },
      });
      continue;
    }
    inPlan.push(item);
  }

  const chains = verifyChains(inPlan);
  const roles: PlanRoles | null =
    genesis !== null && genesis.event.type === 'plan.issued'
      ? { managerId: genesis.event.author.id, repId: genesis.event.body.plan.rep.id }
      : null;
  const builder = new LedgerBuilder(roles, (hash) => rawSnapshots.get(hash) ?? null);
  for (const item of chains.events.sort(hashedOrder)) builder.apply(item);
  return builder.finish([...earlyProblems, ...inHashOrder(dropped), ...chains.problems], chains.heads);
}
