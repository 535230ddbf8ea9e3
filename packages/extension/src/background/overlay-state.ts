/**
 * The state the overlay shows, computed here because content scripts cannot read the database:
 * "my plan" evaluated with core's `evaluatePlan` at the current time, its newest shared note,
 * the quick-log metrics and the last undoable manual log.
 */
import { assessAttainability, computeBaseline } from '@onpace/core/diagnosis';
import { businessDayOf, evaluatePlan } from '@onpace/core/pace';
import type { CoachingNote, Plan } from '@onpace/core/schemas';
import type { OverlayNote, OverlayState } from '../messaging/overlay-protocol';
import { cachedRollup } from '../storage/rollup-cache';
import { readMyPlanId, readSettings } from '../storage/settings';
import { authorNameOf } from './author';
import { type BackgroundEnv, nowIso } from './env';
import { undoableLog } from './manual-activity';
import { overlayTargets } from './overlay-targets';
import { syncSummary } from './sync-summary';

/** Shared, not deleted: what the rep may see. Newest first. */
export async function notesForRep(env: BackgroundEnv, planId: string): Promise<CoachingNote[]> {
  const notes = await env.db.notes.where('planId').equals(planId).toArray();
  return notes
    .filter((note) => note.visibility === 'shared' && note.deleted !== true)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function overlayNote(plan: Plan, note: CoachingNote): OverlayNote {
  const authorName = authorNameOf(plan, note.authorId);
  return {
    id: note.id,
    text: note.text,
    tag: note.tag,
    createdAt: note.createdAt,
    ...(authorName === undefined ? {} : { authorName }),
    unread: note.readAt === undefined,
  };
}

export async function buildOverlayState(env: BackgroundEnv): Promise<OverlayState> {
  const asOf = nowIso(env);
  const { discreet, neutralLabel } = await readSettings();
  const planId = await readMyPlanId();
  const plan = planId === null ? undefined : await env.db.plans.get(planId);
  const settings = { discreet, neutralLabel };
  if (!plan) {
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
  // From the rollup cache, never the raw activities: the cost stays flat however many there are.
  const [rollup, notes, syncRows] = await Promise.all([
    cachedRollup(env.db, plan, asOf),
    notesForRep(env, plan.id),
    env.db.syncState.where('planId').equals(plan.id).toArray(),
  ]);
  const evaluation = evaluatePlan(plan, rollup, asOf);
  // The chance of meeting each target from here: the rep's history before the plan (the cached
  // rollup starts at the baseline range), plus its settled days.
  const attainability = assessAttainability(plan, computeBaseline(plan, rollup), {
    asOf,
    activities: rollup,
  });
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
    },
    latestNote: newest ? overlayNote(plan, newest) : null,
    unreadNotes: notes.filter((note) => note.readAt === undefined).length,
    quickLog: [...new Set(plan.targets.map((target) => target.metric))],
    undoable: await undoableLog(env, plan),
    settings,
    sync: syncSummary(syncRows),
  };
}
