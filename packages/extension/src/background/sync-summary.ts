import type { SyncSummary } from '../messaging/overlay-protocol';
import type { SyncStateRecord } from '../storage/records';

/**
 * The overlay's sync dot from the plan's sync state rows: `off` with no CRM sync, `attention`
 * when a sync has a fault the user must act on (its message says what), else `ok`.
 */
export function syncSummary(rows: readonly SyncStateRecord[]): SyncSummary {
  if (rows.length === 0) return { state: 'off' };
  const fault = rows.find((row) => row.fault !== null)?.fault;
  const lastSyncedAt = rows
    .map((row) => row.lastSuccessAt)
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1);
  const when = lastSyncedAt === undefined ? {} : { lastSyncedAt };
  if (fault) return { state: 'attention', message: fault.message, ...when };
  return { state: 'ok', ...when };
}
