/** Runs one extension-page request against the background's services. */
import { match } from 'ts-pattern';
import type { AnyResponse, PageRequest } from '../messaging/protocol';
import { succeed } from '../messaging/result';
import { readBridgeAskers, readSettings, writeSettings } from '../storage/settings';
import { activityOfDay } from './activity-day';
import { assessPlan } from './assess-plan';
import { checkSalesforce, testHubSpot } from './connections';
import { deleteAllData } from './delete-all';
import type { BackgroundEnv } from './env';
import { exportPlan } from './export-bundle';
import { importBundleText } from './import-bundle';
import { runLedgerWrite } from './ledger-writes';
import { addNote, deleteNote, editNote } from './notes';
import { buildManagerView, buildRepView } from './page-views';
import { planEvents } from './plan-events';
import { deletePlan, listPlans, savePlan, setMyPlan } from './plans';
import { syncNow } from './sync-now';
import { buildSyncStatus } from './sync-status';

async function settingsView() {
  return succeed({ settings: await readSettings(), askers: await readBridgeAskers() });
}

export function dispatchPageRequest(env: BackgroundEnv, request: PageRequest): Promise<AnyResponse> {
  return match(request)
    .with({ type: 'ping' }, async () => succeed({ version: env.version }))
    .with({ type: 'settings/get' }, settingsView)
    .with({ type: 'settings/save' }, async ({ patch }) => {
      await writeSettings(patch);
      env.changed();
      return settingsView();
    })
    .with({ type: 'plans/list' }, async () =>
      succeed({ plans: await listPlans(env), myPlanId: (await readSettings()).myPlanId }),
    )
    .with({ type: 'plans/save' }, ({ mode, plan }) => savePlan(env, mode, plan))
    .with({ type: 'plans/delete' }, ({ planId }) => deletePlan(env, planId))
    .with({ type: 'plans/set-mine' }, ({ planId }) => setMyPlan(env, planId))
    .with({ type: 'plans/assess' }, ({ plan }) => assessPlan(env, plan))
    .with({ type: 'bundle/import' }, ({ text }) => importBundleText(env, text))
    .with({ type: 'bundle/export' }, ({ planId, purpose }) => exportPlan(env, planId, purpose))
    .with({ type: 'notes/add' }, (request) => addNote(env, request))
    .with({ type: 'notes/edit' }, (request) => editNote(env, request))
    .with({ type: 'notes/delete' }, (request) => deleteNote(env, request))
    .with(
      { type: 'plans/activate' },
      { type: 'plans/extend' },
      { type: 'plans/close' },
      { type: 'plans/acknowledge' },
      { type: 'checkins/hold' },
      { type: 'checkins/answer' },
      { type: 'actions/done' },
      { type: 'disputes/open' },
      { type: 'disputes/resolve' },
      { type: 'activity/add' },
      { type: 'activity/retract' },
      (request) => runLedgerWrite(env, request),
    )
    .with({ type: 'plans/events' }, ({ planId }) => planEvents(env, planId))
    .with({ type: 'activity/day' }, (request) => activityOfDay(env, request))
    .with({ type: 'view/rep' }, async ({ planId }) => succeed({ view: await buildRepView(env, planId) }))
    .with({ type: 'view/manager' }, async ({ planId, tabId }) =>
      succeed({ view: await buildManagerView(env, planId, tabId) }),
    )
    .with({ type: 'data/delete-all' }, () => deleteAllData(env))
    .with({ type: 'sync/now' }, () => syncNow(env))
    .with({ type: 'sync/status' }, async () => succeed({ status: await buildSyncStatus(env) }))
    .with({ type: 'connections/salesforce' }, () => checkSalesforce(env))
    .with({ type: 'connections/test-hubspot' }, ({ token, email }) => testHubSpot(env, { token, email }))
    .exhaustive();
}
