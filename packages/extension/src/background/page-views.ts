/** The popup's two views, built from each plan's folded ledger with core's numbers. */
import type { LedgerState } from '@onpace/core/ledger';
import { businessDayOf, nextCheckIn, type PlanEvaluation } from '@onpace/core/pace';
import { type CheckIn, type CoachingNote, isSumMetric, type Plan } from '@onpace/core/schemas';
import type { LedgerNoteView } from '../messaging/ledger-views';
import type { ManagerView, NoteView, PlanHeader, RepView } from '../messaging/views';
import { foldedPlan } from '../storage/ledger-store';
import { readPageRecord } from '../storage/page-records';
import { readMyPlanId, readSettings } from '../storage/settings';
import { authorNameOf } from './author';
import { type BackgroundEnv, nowIso } from './env';
import { evaluateWithLedger } from './figures';
import { buildLedgerView } from './ledger-view';
import { undoableLog } from './manual-activity';
import { noteReadsOf, privateNotesOf } from './notes';
import { overlayTargets, targetLabel } from './overlay-targets';

function planHeader(
  plan: Plan,
  state: LedgerState,
  evaluation: PlanEvaluation,
  displayLabel: string,
): PlanHeader {
  return {
    id: plan.id,
    title: plan.title,
    displayLabel,
    repName: plan.rep.name,
    ...(plan.manager ? { managerName: plan.manager.name } : {}),
    revision: state.revision,
    currency: plan.currency,
    start: plan.start,
    end: plan.end,
    date: evaluation.date,
    status: evaluation.status,
    day: businessDayOf(plan, evaluation.date),
    workingHoursEnd: plan.workingHours.end,
  };
}

/** A live ledger note in the list shape the popup has always shown. */
function sharedNoteView(note: LedgerNoteView, readAt: string | undefined): NoteView {
  const last = note.history[note.history.length - 1];
  const record = note.record?.url ? { ...note.record, url: note.record.url } : undefined;
  return {
    id: note.id,
    text: note.text,
    authorRole: note.authorRole,
    visibility: 'shared',
    createdAt: note.createdAt,
    ...(last && note.history.length > 1 ? { updatedAt: last.at } : {}),
    ...(readAt ? { readAt } : {}),
    ...(note.authorName ? { authorName: note.authorName } : {}),
    ...(record ? { record } : {}),
  };
}

function privateNoteView(plan: Plan, note: CoachingNote): NoteView {
  const authorName = authorNameOf(plan, note.authorId);
  return {
    id: note.id,
    text: note.text,
    tag: note.tag,
    authorRole: note.authorId === plan.rep.id ? 'rep' : 'manager',
    visibility: 'private',
    createdAt: note.createdAt,
    ...(note.updatedAt ? { updatedAt: note.updatedAt } : {}),
    ...(authorName ? { authorName } : {}),
    ...(note.record ? { record: note.record } : {}),
  };
}

/** Check-ins as core's schedule reads them (which slots were held). */
function scheduleCheckIns(plan: Plan, state: LedgerState): CheckIn[] {
  return state.checkIns.map((checkIn) => ({
    id: checkIn.id,
    planId: plan.id,
    authorId: state.managerId ?? 'manager',
    date: checkIn.date,
    createdAt: checkIn.heldAt,
    question: checkIn.question,
    answer: checkIn.answer ?? '',
    actionItems: [],
  }));
}

const EMPTY_REP_VIEW: RepView = {
  plan: null,
  targets: [],
  nextCheckIn: null,
  notes: [],
  acknowledgedAt: null,
  ledger: null,
  undoable: null,
  quickLog: [],
};

/** The rep's plan at a glance: "my plan" unless the request names another. */
export async function buildRepView(env: BackgroundEnv, planId?: string): Promise<RepView> {
  const settings = await readSettings();
  const id = planId ?? (await readMyPlanId());
  if (id === null) return EMPTY_REP_VIEW;
  const { state } = await foldedPlan(env.db, id);
  const plan = state.plan;
  if (!plan) return EMPTY_REP_VIEW;
  const asOf = nowIso(env);
  const [evaluation, reads] = await Promise.all([
    evaluateWithLedger(env.db, plan, state, asOf),
    noteReadsOf(env, plan.id),
  ]);
  const displayLabel = settings.discreet ? settings.neutralLabel : (plan.label ?? settings.neutralLabel);
  const ledger = buildLedgerView(plan, state);
  const current = ledger.revisionHash;
  const acknowledged = state.acknowledgedCurrent
    ? [...state.acknowledgments].reverse().find((ack) => ack.hash === current)
    : undefined;
  const metrics = [...new Set(plan.targets.map((target) => target.metric))];
  return {
    plan: planHeader(plan, state, evaluation, displayLabel),
    targets: overlayTargets(plan, evaluation),
    nextCheckIn: nextCheckIn(plan, scheduleCheckIns(plan, state), evaluation.date),
    notes: ledger.notes
      .filter((note) => !note.deleted)
      .map((note) => sharedNoteView(note, reads.get(note.id))),
    acknowledgedAt: acknowledged?.at ?? null,
    ledger,
    undoable: undoableLog(env, state),
    quickLog: metrics.map((metric) => {
      const target = plan.targets.find((candidate) => candidate.metric === metric);
      return { metric, label: targetLabel(plan, target?.id ?? '', metric), money: isSumMetric(metric) };
    }),
  };
}

/** The manager's view of one plan: every note (their private ones too), check-ins, the open record. */
export async function buildManagerView(
  env: BackgroundEnv,
  planId?: string,
  tabId?: number,
): Promise<ManagerView> {
  const settings = await readSettings();
  const all = (await env.db.plans.toArray()).sort((a, b) => a.rep.name.localeCompare(b.rep.name));
  const plans = all.map((plan) => ({ id: plan.id, title: plan.title, repName: plan.rep.name }));
  const chosen = all.find((candidate) => candidate.id === (planId ?? settings.myPlanId)) ?? all[0];
  const currentRecord = tabId === undefined ? null : await readPageRecord(tabId);
  const empty = { plans, plan: null, notes: [], checkIns: [], ledger: null, currentRecord };
  if (!chosen) return empty;
  const { state } = await foldedPlan(env.db, chosen.id);
  const plan = state.plan;
  if (!plan) return empty;
  const asOf = nowIso(env);
  const [evaluation, reads, own] = await Promise.all([
    evaluateWithLedger(env.db, plan, state, asOf),
    noteReadsOf(env, plan.id),
    privateNotesOf(env, plan.id),
  ]);
  const ledger = buildLedgerView(plan, state);
  const notes = [
    ...ledger.notes.filter((note) => !note.deleted).map((note) => sharedNoteView(note, reads.get(note.id))),
    ...own.map((note) => privateNoteView(plan, note)),
  ].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return {
    plans,
    plan: planHeader(plan, state, evaluation, plan.label ?? settings.neutralLabel),
    notes,
    checkIns: ledger.checkIns,
    ledger,
    currentRecord,
  };
}
