/**
 * The ledger's writes, one function per request (messaging/ledger-requests.ts). Each says which
 * side writes and builds the event's type and body from the plan's folded state; the chain, the
 * checks and the storing are `appendToLedger`'s. Every answer carries the plan's fold after it.
 */
import type { EventDraft, LedgerState } from '@onpace/core/ledger';
import { paceSnapshot } from '@onpace/core/pace';
import { isSumMetric, type LinkedRecord, type MetricId, metricName, type Plan } from '@onpace/core/schemas';
import type { LedgerWriteAnswer } from '../messaging/ledger-answers';
import type { LedgerWriteRequest, Side } from '../messaging/ledger-requests';
import { type Failure, failure, invalid, type Outcome, succeed } from '../messaging/result';
import { authorFor } from './author';
import { type BackgroundEnv, nowIso } from './env';
import { evaluateWithLedger } from './figures';
import { appendToLedger } from './ledger-append';
import { buildLedgerView } from './ledger-view';

type Action = EventDraft extends infer Draft
  ? Draft extends unknown
    ? Omit<Draft, 'plan' | 'author' | 'at'>
    : never
  : never;

type ActionBuilder = (state: LedgerState, plan: Plan) => Action | Failure | Promise<Action | Failure>;

function isFailure(value: Action | Failure): value is Failure {
  return (value as Failure).ok === false;
}

/** Appends one event written by `side` to the plan's ledger and answers the fold after it. */
export async function writeEvent(
  env: BackgroundEnv,
  planId: string,
  side: Side,
  action: ActionBuilder,
): Promise<Outcome<LedgerWriteAnswer>> {
  const appended = await appendToLedger(env, planId, async (state) => {
    const plan = state.plan;
    if (!plan) return failure('not-found', `There is no plan "${planId}".`);
    const built = await action(state, plan);
    if (isFailure(built)) return built;
    return { ...built, plan: planId, author: authorFor(state, plan, side), at: nowIso(env) } as EventDraft;
  });
  if (!appended.ok) return appended;
  const plan = appended.state.plan;
  if (!plan) return failure('internal', `The plan "${planId}" has no revision after the write.`);
  return succeed({ hash: appended.hash, ledger: buildLedgerView(plan, appended.state) });
}

/** The ledger's note record from the page's LinkedRecord. */
function noteRecord(record: LinkedRecord) {
  return {
    crm: record.crm,
    type: record.objectType,
    id: record.id,
    url: record.url,
    ...(record.name !== undefined ? { name: record.name } : {}),
  };
}

/** What the rep logs by hand: one activity, an amount only for money metrics. */
function manualLog(
  env: BackgroundEnv,
  plan: Plan,
  request: { readonly metric: string; readonly amount?: number | undefined },
): Action | Failure {
  if (!plan.targets.some((target) => target.metric === request.metric)) {
    return invalid('log', [{ path: 'metric', message: `is not measured by the plan "${plan.title}"` }]);
  }
  const sum = isSumMetric(request.metric);
  if (sum && request.amount === undefined) {
    return invalid('log', [{ path: 'amount', message: `is required to log ${metricName(request.metric)}` }]);
  }
  const at = nowIso(env);
  return {
    type: 'activity.logged',
    body: {
      activity: {
        source: 'manual',
        id: `manual-${env.newId()}`,
        // Checked against the plan's targets above, and by the event schema on append.
        metric: request.metric as MetricId,
        occurredAt: at,
        modifiedAt: at,
        // A count metric adds 1 per activity whatever its amount, so only sum metrics keep one.
        ...(sum ? { amount: request.amount } : {}),
      },
    },
  };
}

/** Runs one ledger write request (private notes are notes.ts's, which calls here for shared ones). */
export function runLedgerWrite(
  env: BackgroundEnv,
  request: Exclude<LedgerWriteRequest, { type: 'notes/add' | 'notes/edit' | 'notes/delete' }>,
): Promise<Outcome<LedgerWriteAnswer>> {
  switch (request.type) {
    case 'plans/activate':
      return writeEvent(env, request.planId, 'manager', () => ({ type: 'plan.activated', body: {} }));
    case 'plans/extend':
      return writeEvent(env, request.planId, 'manager', () => ({
        type: 'plan.extended',
        body: { end: request.end, reason: request.reason.trim() },
      }));
    case 'plans/close':
      return writeEvent(env, request.planId, 'manager', () => ({
        type: 'plan.closed',
        body: { outcome: request.outcome, summary: request.summary.trim() },
      }));
    case 'plans/acknowledge': {
      const comment = request.comment?.trim() ?? '';
      return writeEvent(env, request.planId, 'rep', () => ({
        type: 'plan.acknowledged',
        body: { revision: request.revision, ...(comment === '' ? {} : { comment }) },
      }));
    }
    case 'checkins/hold':
      return writeEvent(env, request.planId, 'manager', async (state, plan) => {
        // The snapshot is the figure both sides saw that day, ledger applied.
        const asOf = nowIso(env);
        const snapshot = paceSnapshot(await evaluateWithLedger(env.db, plan, state, asOf));
        const actions = request.actions
          .filter((action) => action.text.trim() !== '' || (action.due ?? '') !== '')
          .map((action) => ({
            id: `action-${env.newId()}`,
            text: action.text.trim(),
            ...(action.due ? { due: action.due } : {}),
          }));
        return {
          type: 'checkin.held',
          body: {
            checkIn: `checkin-${env.newId()}`,
            date: request.date,
            question: request.question.trim(),
            actions,
            snapshot,
          },
        };
      });
    case 'checkins/answer':
      return writeEvent(env, request.planId, 'rep', () => ({
        type: 'checkin.answered',
        body: { checkIn: request.checkInId, answer: request.answer.trim() },
      }));
    case 'actions/done':
      return writeEvent(env, request.planId, request.as, () => ({
        type: 'action.done',
        body: { checkIn: request.checkInId, action: request.actionId },
      }));
    case 'disputes/open':
      return writeEvent(env, request.planId, 'rep', () => ({
        type: 'dispute.opened',
        body: {
          dispute: `dispute-${env.newId()}`,
          // The event schema checks it (MetricId) and names the field when it is not one.
          metric: request.metric as MetricId,
          date: request.date,
          kind: request.kind,
          ...(request.amount !== undefined ? { amount: request.amount } : {}),
          ...(request.activities !== undefined ? { activities: [...new Set(request.activities)] } : {}),
          text: request.text.trim(),
        },
      }));
    case 'disputes/resolve':
      return writeEvent(env, request.planId, 'manager', () => ({
        type: 'dispute.resolved',
        body: { dispute: request.disputeId, decision: request.decision, text: request.text.trim() },
      }));
    case 'activity/add':
      return writeEvent(env, request.planId, 'rep', (_state, plan) => manualLog(env, plan, request));
    case 'activity/retract':
      return writeEvent(env, request.planId, 'rep', () => ({
        type: 'activity.retracted',
        body: { activity: request.activityId },
      }));
  }
}

/** A shared note's events (private ones never reach here). */
export function addSharedNote(
  env: BackgroundEnv,
  request: { planId: string; as: Side; text: string; record: LinkedRecord | null },
): Promise<Outcome<LedgerWriteAnswer>> {
  return writeEvent(env, request.planId, request.as, () => ({
    type: 'note.added',
    body: {
      note: `note-${env.newId()}`,
      text: request.text.trim(),
      ...(request.record ? { record: noteRecord(request.record) } : {}),
    },
  }));
}

export { manualLog };
