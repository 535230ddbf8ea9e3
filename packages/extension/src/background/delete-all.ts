import { failure, type Outcome, succeed } from '../messaging/result';
import { forgetFolds } from '../storage/ledger-store';
import { clearPageRecords } from '../storage/page-records';
import { resetSettings } from '../storage/settings';
import { clearSyncSettings } from '../sync/settings';
import type { BackgroundEnv } from './env';

/**
 * "Delete all data": every record table emptied in one transaction, every setting back to its
 * default, the CRM sign-in settings removed (the HubSpot token must not survive), the per-tab
 * record memory cleared. The extension is then as freshly installed.
 */
export async function deleteAllData(env: BackgroundEnv): Promise<Outcome<{ deleted: true }>> {
  try {
    await env.db.transaction('rw', env.db.recordTables, async () => {
      forgetFolds(env.db);
      for (const table of env.db.recordTables) await table.clear();
    });
    forgetFolds(env.db);
    await resetSettings();
    // The HubSpot token and email and the Salesforce org live beside the settings, not in them.
    await clearSyncSettings();
    await clearPageRecords();
  } catch (error) {
    return failure(
      'internal',
      `Could not delete everything: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  env.changed();
  return succeed({ deleted: true as const });
}
