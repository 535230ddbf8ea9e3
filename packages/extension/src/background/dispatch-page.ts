/** Runs one extension-page request against the background's services. */
import { match } from 'ts-pattern';
import type { AnyResponse, PageRequest } from '../messaging/protocol';
import { succeed } from '../messaging/result';
import { readBridgeAskers, readSettings, writeSettings } from '../storage/settings';
import { acknowledgePlan } from './acknowledgments';
import { assessPlan } from './assess-plan';
import { deleteCheckIn, saveCheckIn } from './check-ins';
import { checkSalesforce, testHubSpot } from './connections';
import { deleteAllData } from './delete-all';
import type { BackgroundEnv } from './env';
import { exportPlan } from './export-bundle';
import { importBundleText } from './import-bundle';
import { deleteNote, saveNote } from './notes';
import { buildManagerView, buildRepView } from './page-views';
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
    .with({ type: 'plans/acknowledge' }, ({ planId }) => acknowledgePlan(env, planId))
    .with({ type: 'plans/assess' }, ({ plan }) => assessPlan(env, plan))
    .with({ type: 'bundle/import' }, ({ text }) => importBundleText(env, text))
    .with({ type: 'bundle/export' }, ({ planId, purpose }) => exportPlan(env, planId, purpose))
    .with({ type: 'notes/save' }, ({ note }) => saveNote(env, note))
    .with({ type: 'notes/delete' }, ({ noteId }) => deleteNote(env, noteId))
    .with({ type: 'checkins/save' }, ({ checkIn }) => saveCheckIn(env, checkIn))
    .with({ type: 'checkins/delete' }, ({ checkInId }) => deleteCheckIn(env, checkInId))
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
