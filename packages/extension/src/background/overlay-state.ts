/**
 * The state the overlay shows, computed here because content scripts cannot read the database:
 * "my plan" as its ledger folds, evaluated with core's `evaluatePlan` at the current time with
 * the ledger applied, its newest note from the manager, the quick-log metrics and the last
 * undoable manual log.
 */
import { assessAttainability, computeBaseline } from '@onpace/core/diagnosis';
import type { LedgerNote, LedgerState } from '@onpace/core/ledger';
import { businessDayOf, evaluatePlan } from '@onpace/core/pace';
import type { Plan } from '@onpace/core/schemas';
import type { OverlayNote, OverlayState } from '../messaging/overlay-protocol';
import { foldedPlan } from '../storage/ledger-store';
import { readMyPlanId, readSettings } from '../storage/settings';
import { authorNameOf } from './author';
import { type BackgroundEnv, nowIso } from './env';
import { ledgerRollup } from './figures';
import { undoableLog } from './manual-activity';
import { noteReadsOf } from './notes';
import { overlayTargets } from './overlay-targets';
import { syncSummary } from './sync-summary';

/** The manager's notes the rep sees (not deleted), newest first. */
export function notesFromManager(state: LedgerState): LedgerNote[] {
  return state.notes
    .filter((note) => !note.deleted && note.author !== state.repId)
    .sort((a, b) => ((a.history[0]?.at ?? '') < (b.history[0]?.at ?? '') ? 1 : -1));
}

export function overlayNote(plan: Plan, note: LedgerNote, readAt: string | undefined): OverlayNote {
  const authorName = authorNameOf(plan, note.author);
  return {
    id: note.id,
    text: note.text,
    createdAt: note.history[0]?.at ?? '',
    ...(authorName === undefined ? {} : { authorName }),
    unread: readAt === undefined,
  };
}

export async function buildOverlayState(env: BackgroundEnv): Promise<OverlayState> {
  const asOf = nowIso(env);
  const { discreet, neutralLabel } = await readSettings();
  const planId = await readMyPlanId();
  const { state } = planId === null ? { state: null } : await foldedPlan(env.db, planId);
  const plan = state?.plan;
  const settings = { discreet, neutralLabel };
  if (!state || !plan || planId === null) {
    return {
      asOf,
      plan: null,
      latestNote: null,
      unreadNotes: 0,
      quickLog: [],
      undoable: null,
      settings,
      sync: { state: 'off' },
    };
  }
  // From the rollup cache plus the ledger's adjustment: the cost stays flat however much activity.
  const [rollup, reads, syncRows] = await Promise.all([
    ledgerRollup(env.db, plan, state, asOf),
    noteReadsOf(env, planId),
    env.db.syncState.where('planId').equals(planId).toArray(),
  ]);
  const evaluation = evaluatePlan(plan, rollup, asOf);
  // The chance of meeting each target from here: the rep's history before the plan (the cached
  // rollup starts at the baseline range), plus its settled days.
  const attainability = assessAttainability(plan, computeBaseline(plan, rollup), {
    asOf,
    activities: rollup,
  });
  const notes = notesFromManager(state);
  const [newest] = notes;
  return {
    asOf,
    plan: {
      id: plan.id,
      title: plan.title,
      ...(plan.label === undefined ? {} : { label: plan.label }),
      currency: plan.currency,
      timeZone: plan.timeZone,
      status: evaluation.status,
      businessDays: { ...evaluation.businessDays },
      day: businessDayOf(plan, evaluation.date).day,
      workingHoursEnd: plan.workingHours.end,
      targets: overlayTargets(plan, evaluation, attainability),
      lifecycle: state.lifecycle,
      acknowledgedCurrent: state.acknowledgedCurrent,
    },
    latestNote: newest ? overlayNote(plan, newest, reads.get(newest.id)) : null,
    unreadNotes: notes.filter((note) => !reads.has(note.id)).length,
    quickLog: [...new Set(plan.targets.map((target) => target.metric))],
    undoable: undoableLog(env, state),
    settings,
    sync: syncSummary(syncRows),
  };
}
