/**
 * Every write to a plan's ledger goes through `appendToLedger`: one Dexie transaction reads the
 * plan's events, asks the caller for the event it wants to write (from the folded state), chains
 * it with core's `appendEvent`, folds the ledger with it, and stores it only when the fold
 * applies it. A refused event (`not-allowed`, `unknown-ref`, `duplicate-id`, `closed`) answers a
 * failure naming the ledger's reason and leaves nothing behind. What derives from the event (the
 * `plans` projection, the plan's rollup cache when its window moved) is written in the same
 * transaction.
 */
import { formatInstant, parseInstant } from '@onpace/core/calendar';
import {
  appendEvent,
  type EventDraft,
  foldLedger,
  type LedgerEventInput,
  type LedgerState,
  type ProblemCode,
} from '@onpace/core/ledger';
import { ValidationError } from '@onpace/core/schemas';
import {
  type Failure,
  type FailureCode,
  failure,
  type LedgerRefusal,
  type Outcome,
  succeed,
} from '../messaging/result';
import { cachedFold, forgetFolds, readPlanRows, rememberFold, storedEvent } from '../storage/ledger-store';
import { refreshRollups } from '../storage/rollup-cache';
import type { BackgroundEnv } from './env';
import { projectPlan } from './plan-projection';
import { sameRecord } from './same-record';

/** What a write builds from the plan's current state: the event, or why it cannot be written. */
export type DraftBuilder = (state: LedgerState) => EventDraft | Failure | Promise<EventDraft | Failure>;

export interface Appended {
  readonly hash: string;
  readonly state: LedgerState;
}

const FAILURE_OF: Readonly<Record<LedgerRefusal, FailureCode>> = {
  'not-allowed': 'forbidden',
  closed: 'conflict',
  'duplicate-id': 'conflict',
  'unknown-ref': 'not-found',
  fork: 'conflict',
  invalid: 'invalid',
};

function refusalOf(code: ProblemCode): LedgerRefusal {
  if (code === 'not-allowed' || code === 'closed' || code === 'duplicate-id' || code === 'unknown-ref') {
    return code;
  }
  // Stryker disable next-line all: appendEvent checked the event with the fold's own schema, so the fold never finds it invalid
  if (code === 'invalid') return 'invalid';
  // Another plan's event, a gap or a broken chain: this browser's copy parts from the writer's.
  return 'fork';
}

/** Field paths as the request names them: `text`, not `body.text`; `targets[0]`, not `body.plan.targets[0]`. */
function requestPath(path: string): string {
  for (const prefix of ['body.plan.', 'body.']) if (path.startsWith(prefix)) return path.slice(prefix.length);
  return path;
}

function isFailure(value: EventDraft | Failure): value is Failure {
  return (value as Failure).ok === false;
}

/**
 * A write answers what its author saw, so it is dated after every event of the plan: the fold
 * applies events by (`at`, hash), and an acknowledgment or a log written in the same millisecond
 * as the revision it follows must not be applied before it.
 */
function afterEverySeen(events: readonly LedgerEventInput[], draft: EventDraft): EventDraft {
  let latest = Number.NEGATIVE_INFINITY;
  for (const event of events) latest = Math.max(latest, parseInstant(event.at));
  const at = parseInstant(draft.at);
  if (Number.isNaN(at) || at > latest) return draft;
  return { ...draft, at: formatInstant(Math.floor(latest) + 1) };
}

class Refused extends Error {
  constructor(readonly refusal: Failure) {
    super(refusal.error);
  }
}

export async function appendToLedger(
  env: BackgroundEnv,
  planId: string,
  build: DraftBuilder,
): Promise<Outcome<Appended>> {
  const { db } = env;
  try {
    const appended = await db.transaction(
      'rw',
      [db.events, db.plans, db.activities, db.rollups],
      async () => {
        const rows = await readPlanRows(db, planId);
        const events = rows.map((row) => row.event);
        const before = cachedFold(db, planId, rows)?.state ?? foldLedger(events);
        const draft = await build(before);
        if (isFailure(draft)) throw new Refused(draft);
        let event: ReturnType<typeof appendEvent>;
        try {
          event = appendEvent(events, afterEverySeen(events, draft));
        } catch (error) {
          if (!(error instanceof ValidationError)) {
            // appendEvent will not continue a chain that forked (two events with one seq).
            const reason = error instanceof Error ? error.message : String(error);
            throw new Refused({ ...failure('conflict', `Not saved: ${reason}`), refusal: 'fork' });
          }
          const problems = error.problems.map((problem) => ({ ...problem, path: requestPath(problem.path) }));
          throw new Refused({
            ...failure(
              'invalid',
              `Not saved: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
              problems,
            ),
            refusal: 'invalid',
          });
        }
        const state = foldLedger([...events, event]);
        const refused = state.problems.find(
          (problem) => problem.author === event.author.id && problem.seq === event.seq,
        );
        if (refused) {
          const refusal = refusalOf(refused.code);
          throw new Refused({
            ...failure(FAILURE_OF[refusal], `The plan's record refused this: ${refused.message}`),
            refusal,
          });
        }
        const row = storedEvent(event);
        // Stryker disable next-line ArrayDeclaration,CallExpression: the fold is remembered anew after the commit, or forgotten on failure (below)
        forgetFolds(db, [planId]);
        await db.events.add(row);
        const projected = projectPlan(state);
        const stored = await db.plans.get(planId);
        // Stryker disable next-line ConditionalExpression,LogicalOperator: every applied event has an issued plan to project, and writing an identical row changes nothing
        if (projected && !sameRecord(projected, stored)) {
          await db.plans.put(projected);
          // A revision or an extension can move the window, zone or baseline the cache covers.
          if (event.type === 'plan.issued' || event.type === 'plan.extended') {
            await refreshRollups(db, { planIds: [planId] }, event.at);
          }
        }
        const hashes = new Set(rows.map((stored) => stored.hash)).add(row.hash);
        return { hash: row.hash, state, events: [...events, event], hashes };
      },
    );
    rememberFold(db, planId, { events: appended.events, hashes: appended.hashes, state: appended.state });
    env.changed();
    return succeed({ hash: appended.hash, state: appended.state });
  } catch (error) {
    // Stryker disable next-line ArrayDeclaration,CallExpression: the write's own forget already dropped the fold, and the rolled-back ledger is the one it held
    forgetFolds(db, [planId]);
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}
