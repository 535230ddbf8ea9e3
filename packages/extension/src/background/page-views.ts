/** The popup's two views, built from the database with core's numbers. */
import { businessDayOf, evaluatePlan, nextCheckIn, type PlanEvaluation } from '@onpace/core/pace';
import { type CoachingNote, isSumMetric, type Plan } from '@onpace/core/schemas';
import type { ManagerView, NoteView, PlanHeader, RepView } from '../messaging/views';
import { readPageRecord } from '../storage/page-records';
import { cachedRollup } from '../storage/rollup-cache';
import { readMyPlanId, readSettings } from '../storage/settings';
import { authorNameOf } from './author';
import { type BackgroundEnv, nowIso } from './env';
import { undoableLog } from './manual-activity';
import { notesForRep } from './overlay-state';
import { overlayTargets, targetLabel } from './overlay-targets';

function planHeader(plan: Plan, evaluation: PlanEvaluation, displayLabel: string): PlanHeader {
  return {
    id: plan.id,
    title: plan.title,
    displayLabel,
    repName: plan.rep.name,
    ...(plan.manager ? { managerName: plan.manager.name } : {}),
    revision: plan.revision,
    currency: plan.currency,
    start: plan.start,
    end: plan.end,
    date: evaluation.date,
    status: evaluation.status,
    day: businessDayOf(plan, evaluation.date),
    workingHoursEnd: plan.workingHours.end,
  };
}

export function noteView(plan: Plan, note: CoachingNote): NoteView {
  const authorName = authorNameOf(plan, note.authorId);
  return {
    id: note.id,
    text: note.text,
    tag: note.tag,
    visibility: note.visibility,
    createdAt: note.createdAt,
    ...(note.updatedAt ? { updatedAt: note.updatedAt } : {}),
    ...(note.readAt ? { readAt: note.readAt } : {}),
    ...(authorName ? { authorName } : {}),
    ...(note.record ? { record: note.record } : {}),
  };
}

/** Pace now, from the plan's rollup cache: the same cost for 200 activities or 20,000. */
async function evaluate(env: BackgroundEnv, plan: Plan): Promise<PlanEvaluation> {
  const asOf = nowIso(env);
  return evaluatePlan(plan, await cachedRollup(env.db, plan, asOf), asOf);
}

const EMPTY_REP_VIEW: RepView = {
  plan: null,
  targets: [],
  nextCheckIn: null,
  notes: [],
  acknowledgedAt: null,
  undoable: null,
  quickLog: [],
};

/** The rep's plan at a glance: "my plan" unless the request names another. */
export async function buildRepView(env: BackgroundEnv, planId?: string): Promise<RepView> {
  const settings = await readSettings();
  const id = planId ?? (await readMyPlanId());
  const plan = id === null ? undefined : await env.db.plans.get(id);
  if (!plan) return EMPTY_REP_VIEW;
  const evaluation = await evaluate(env, plan);
  const displayLabel = settings.discreet ? settings.neutralLabel : (plan.label ?? settings.neutralLabel);
  const [notes, checkIns, acknowledgment] = await Promise.all([
    notesForRep(env, plan.id),
    env.db.checkIns.where('planId').equals(plan.id).toArray(),
    env.db.acknowledgments.get([plan.id, plan.revision, plan.rep.id]),
  ]);
  const metrics = [...new Set(plan.targets.map((target) => target.metric))];
  return {
    plan: planHeader(plan, evaluation, displayLabel),
    targets: overlayTargets(plan, evaluation),
    nextCheckIn: nextCheckIn(plan, checkIns, evaluation.date),
    notes: notes.map((note) => noteView(plan, note)),
    acknowledgedAt: acknowledgment?.at ?? null,
    undoable: await undoableLog(env, plan),
    quickLog: metrics.map((metric) => {
      const target = plan.targets.find((candidate) => candidate.metric === metric);
      return { metric, label: targetLabel(plan, target?.id ?? '', metric), money: isSumMetric(metric) };
    }),
  };
}

/** The manager's view of one plan: every note (private ones too), check-ins, the open record. */
export async function buildManagerView(
  env: BackgroundEnv,
  planId?: string,
  tabId?: number,
): Promise<ManagerView> {
  const settings = await readSettings();
  const all = (await env.db.plans.toArray()).sort((a, b) => a.rep.name.localeCompare(b.rep.name));
  const plans = all.map((plan) => ({ id: plan.id, title: plan.title, repName: plan.rep.name }));
  const plan = all.find((candidate) => candidate.id === (planId ?? settings.myPlanId)) ?? all[0];
  const currentRecord = tabId === undefined ? null : await readPageRecord(tabId);
  if (!plan) return { plans, plan: null, notes: [], checkIns: [], currentRecord };
  const evaluation = await evaluate(env, plan);
  const [notes, checkIns] = await Promise.all([
    env.db.notes.where('planId').equals(plan.id).toArray(),
    env.db.checkIns.where('planId').equals(plan.id).toArray(),
  ]);
  return {
    plans,
    plan: planHeader(plan, evaluation, plan.label ?? settings.neutralLabel),
    notes: notes
      .filter((note) => note.deleted !== true)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((note) => noteView(plan, note)),
    checkIns: checkIns
      .filter((checkIn) => checkIn.deleted !== true)
      .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
    currentRecord,
  };
}
