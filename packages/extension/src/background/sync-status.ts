/**
 * `sync/status`: where each CRM's sync stands for the plans this browser syncs (the sync's own
 * scope: a rep's plan, or every plan a manager holds), read from the `syncState` rows the sync
 * writes, plus the settings the Connections section shows. No credential leaves: the HubSpot
 * token is reported as set or not.
 */
import type { SourceStatus, SyncStatusView } from '../messaging/sync-views';
import { readSettings } from '../storage/settings';
import { fromRow } from '../sync/dexie-store';
import { plansToSync } from '../sync/plan-scope';
import { hubspotEmailItem, readHubSpotCredentials, readRememberedSalesforceHost } from '../sync/settings';
import type { SyncSource, SyncState } from '../sync/state';
import type { BackgroundEnv } from './env';

function newest(values: readonly (string | null)[]): string | null {
  return (
    values
      .filter((value): value is string => value !== null)
      .sort()
      .at(-1) ?? null
  );
}

export function sourceStatus(source: SyncSource, states: readonly SyncState[]): SourceStatus {
  const fault = states.find((state) => state.fault !== null)?.fault ?? null;
  const lastSyncedAt = newest(states.map((state) => state.lastSuccessAt));
  const usage = states
    .map((state) => state.apiUsage)
    .filter((value) => value !== null)
    .sort((a, b) => a.at.localeCompare(b.at))
    .at(-1);
  const state: SourceStatus['state'] =
    fault !== null
      ? 'attention'
      : states.some((row) => row.cursor !== null)
        ? 'syncing'
        : lastSyncedAt !== null
          ? 'ok'
          : 'off';
  return {
    source,
    state,
    lastSyncedAt,
    fault,
    notice: states.find((row) => row.notice !== null)?.notice ?? null,
    apiUsage: usage ?? null,
  };
}

async function statesOf(env: BackgroundEnv, source: SyncSource): Promise<SyncState[]> {
  const [plans, settings] = await Promise.all([env.db.plans.toArray(), readSettings()]);
  const ids = plansToSync(plans, settings).map(({ plan }) => plan.id);
  const rows = await env.db.syncState.bulkGet(ids.map((id) => [id, source]));
  // A row another version wrote and this one cannot read counts as no state, as in the sync.
  return rows.flatMap((row) => {
    const state = row === undefined ? null : fromRow(row);
    return state === null ? [] : [state];
  });
}

export async function buildSyncStatus(env: BackgroundEnv): Promise<SyncStatusView> {
  const [salesforce, hubspot, apiHost, credentials, email] = await Promise.all([
    statesOf(env, 'salesforce'),
    statesOf(env, 'hubspot'),
    readRememberedSalesforceHost(),
    readHubSpotCredentials(),
    hubspotEmailItem.getValue(),
  ]);
  const tokenSet = credentials !== null;
  // Without a token the sync skips HubSpot and would never clear an old fault: it is off.
  const hubspotStatus = tokenSet
    ? sourceStatus('hubspot', hubspot)
    : { ...sourceStatus('hubspot', hubspot), state: 'off' as const, fault: null };
  return {
    salesforce: { ...sourceStatus('salesforce', salesforce), apiHost },
    hubspot: { ...hubspotStatus, tokenSet, email },
  };
}
