/** Check-ins: the one open question, the rep's answer, action items, and pace frozen at saving. */
import { evaluatePlan, paceSnapshot } from '@onpace/core/pace';
import { CheckIn } from '@onpace/core/schemas';
import type { ActionItemDraft, CheckInDraft } from '../messaging/drafts';
import { failure, invalid, type Outcome, succeed } from '../messaging/result';
import { cachedRollup } from '../storage/rollup-cache';
import { managerIdOf } from './author';
import { type BackgroundEnv, nowIso } from './env';
import { problemsOf } from './problems';

function actionItemsOf(drafts: readonly ActionItemDraft[], newId: () => string) {
  return drafts
    .filter((item) => item.text.trim() !== '' || item.due !== '')
    .map((item) => ({
      id: item.id ?? `item-${newId()}`,
      text: item.text,
      ...(item.due === '' ? {} : { due: item.due }),
      done: item.done,
    }));
}

/**
 * Saves a check-in. A new one gets the plan's pace at this moment as its snapshot; an edit keeps
 * the snapshot it was saved with, because the check-in records what was true then.
 */
export async function saveCheckIn(
  env: BackgroundEnv,
  draft: CheckInDraft,
): Promise<Outcome<{ checkIn: CheckIn }>> {
  const { db } = env;
  const at = nowIso(env);
  const plan = await db.plans.get(draft.planId);
  if (!plan) return failure('not-found', `There is no plan "${draft.planId}".`);
  const existing = draft.id === undefined ? undefined : await db.checkIns.get(draft.id);
  if (draft.id !== undefined && (!existing || existing.deleted === true)) {
    return failure('not-found', 'That check-in no longer exists.');
  }
  const snapshot = existing
    ? existing.snapshot
    : paceSnapshot(evaluatePlan(plan, await cachedRollup(db, plan, at), at));
  const parsed = CheckIn.safeParse({
    id: existing?.id ?? `checkin-${env.newId()}`,
    planId: plan.id,
    authorId: existing?.authorId ?? managerIdOf(plan),
    date: draft.date,
    createdAt: existing?.createdAt ?? at,
    ...(existing ? { updatedAt: at } : {}),
    question: draft.question,
    answer: draft.answer,
    actionItems: actionItemsOf(draft.actionItems, env.newId),
    ...(snapshot ? { snapshot } : {}),
  });
  if (!parsed.success) return invalid('check-in', problemsOf(parsed.error));
  await db.checkIns.put(parsed.data);
  env.changed();
  return succeed({ checkIn: parsed.data });
}

/** Deleting keeps a tombstone without the words, as for notes (notes.ts). */
export async function deleteCheckIn(
  env: BackgroundEnv,
  checkInId: string,
): Promise<Outcome<{ deleted: true }>> {
  const existing = await env.db.checkIns.get(checkInId);
  if (!existing || existing.deleted === true) return failure('not-found', 'That check-in no longer exists.');
  const { snapshot: _snapshot, ...kept } = existing;
  await env.db.checkIns.put({
    ...kept,
    question: '(deleted)',
    answer: '',
    actionItems: [],
    deleted: true,
    updatedAt: nowIso(env),
  });
  env.changed();
  return succeed({ deleted: true as const });
}
