/**
 * The one figure everyone sees is `evaluatePlan(state.plan, applyLedger(activities, state), asOf)`
 * (docs/ledger.md). Folding thousands of CRM activities on every popup would be slow, so it is
 * computed from the plan's cached rollup of stored activities plus a small adjustment for what
 * the ledger changes: the rep's manual logs and accepted missing-activity disputes are added,
 * and the activities accepted not-counting disputes name are taken out. A test holds this to
 * the same evaluation as applyLedger + evaluatePlan.
 */
import { applyLedger, type LedgerState } from '@onpace/core/ledger';
import { evaluatePlan, type PlanEvaluation } from '@onpace/core/pace';
import { type Rollup, rollupActivities } from '@onpace/core/rollups';
import type { Activity, ActivitySource, Plan } from '@onpace/core/schemas';
import type { OnPaceDb } from '../storage/db';
import type { ActivityKey, StoredActivity } from '../storage/records';
import { cachedRollup } from '../storage/rollup-cache';
import { rollupStart } from '../storage/rollup-record';

const SOURCES: readonly ActivitySource[] = ['salesforce', 'hubspot', 'manual', 'dispute'];

/** `salesforce:00T…` → its stored row key for one metric, or null for a key that names no source. */
function rowKey(ref: string, metric: string): ActivityKey | null {
  const colon = ref.indexOf(':');
  const source = ref.slice(0, colon) as ActivitySource;
  if (colon < 1 || !SOURCES.includes(source)) return null;
  return [source, ref.slice(colon + 1), metric];
}

/** The stored activities an accepted not-counting dispute takes out of the plan's rep's count. */
async function excludedRows(db: OnPaceDb, plan: Plan, state: LedgerState): Promise<StoredActivity[]> {
  const keys: ActivityKey[] = [];
  for (const dispute of state.disputes) {
    if (dispute.status !== 'accepted' || dispute.kind !== 'not-counting') continue;
    for (const ref of dispute.activities) {
      const key = rowKey(ref, dispute.metric);
      if (key) keys.push(key);
    }
  }
  if (keys.length === 0) return [];
  const rows = await db.activities.bulkGet(keys);
  return rows.filter(
    (row): row is StoredActivity => row !== undefined && row.repId === plan.rep.id && row.deleted !== true,
  );
}

function combine(base: Rollup, delta: Rollup, sign: 1 | -1): Rollup {
  const metrics = { ...base.metrics };
  for (const [metric, change] of Object.entries(delta.metrics)) {
    const current = metrics[metric];
    const totals = change.totals.map((value, index) => (current?.totals[index] ?? 0) + sign * value);
    // The newest instant only grows: a removal keeps it (it matters only for a day's cut at asOf,
    // which a cached rollup takes as its whole total anyway).
    const latest = change.latest.map((ms, index) => {
      const before = current?.latest[index] ?? null;
      if (sign === -1 || ms === null) return before;
      return before === null ? ms : Math.max(before, ms);
    });
    metrics[metric] = { totals, latest };
  }
  return { ...base, metrics };
}

/**
 * What the ledger adds, rolled up once per fold: the fold is cached until the next event, and
 * every overlay refresh in between would otherwise roll the same logs up again.
 */
const additions = new WeakMap<LedgerState, { readonly key: string; readonly rollup: Rollup | null }>();

function addedRollup(
  plan: Plan,
  state: LedgerState,
  scope: { readonly keepDetail: false; readonly from: string; readonly to: string },
): Rollup | null {
  const key = `${plan.timeZone} ${scope.from} ${scope.to}`;
  const cached = additions.get(state);
  if (cached?.key === key) return cached.rollup;
  const added: Activity[] = applyLedger([], state);
  const rollup = added.length > 0 ? rollupActivities(plan, added, scope) : null;
  additions.set(state, { key, rollup });
  return rollup;
}

/** The plan's rollup with the ledger applied: what every view evaluates. */
export async function ledgerRollup(
  db: OnPaceDb,
  plan: Plan,
  state: LedgerState,
  at: string,
): Promise<Rollup> {
  const base = await cachedRollup(db, plan, at);
  const scope = { keepDetail: false, from: rollupStart(plan), to: plan.end } as const;
  const removed = await excludedRows(db, plan, state);
  let rollup = base;
  if (removed.length > 0) rollup = combine(rollup, rollupActivities(plan, removed, scope), -1);
  const added = addedRollup(plan, state, scope);
  if (added) rollup = combine(rollup, added, 1);
  return rollup;
}

/** Pace at `asOf` with the ledger applied. */
export async function evaluateWithLedger(
  db: OnPaceDb,
  plan: Plan,
  state: LedgerState,
  asOf: string,
): Promise<PlanEvaluation> {
  return evaluatePlan(plan, await ledgerRollup(db, plan, state, asOf), asOf);
}
