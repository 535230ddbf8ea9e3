/**
 * Exporting a plan as a bundle file (version 2) for the other side of the plan: its whole ledger
 * (every stored event, exactly as written, so hashes and chains survive the trip), the plan as
 * it folds today, and the rep's CRM activity. Both directions use the same file.
 *
 * Private notes never leave this browser, whatever the purpose: they are not events and are
 * not written. Nothing secret is ever read here: CRM sessions and tokens are not in these tables.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION, safeParseBundle } from '@onpace/core/schemas';
import type { ExportPurpose } from '../messaging/drafts';
import { failure, type Outcome, succeed } from '../messaging/result';
import { foldedPlan } from '../storage/ledger-store';
import type { StoredActivity } from '../storage/records';
import { type BackgroundEnv, nowIso } from './env';
import { projectPlan } from './plan-projection';
import { activitiesOfRep } from './rep-activities';

/** Core's Activity: the stored row without the rep it was attributed to here. */
function asBundleActivity(stored: StoredActivity): Omit<StoredActivity, 'repId'> {
  const { repId: _repId, ...activity } = stored;
  return activity;
}

function fileNameFor(planId: string, revision: number, at: string, purpose: ExportPurpose): string {
  const safeId = planId.replace(/[^A-Za-z0-9._-]+/g, '-');
  const suffix = purpose === 'backup' ? '-backup' : '';
  return `onpace-${safeId}-r${revision}-${at.slice(0, 10)}${suffix}.json`;
}

export async function exportPlan(
  env: BackgroundEnv,
  planId: string,
  purpose: ExportPurpose,
): Promise<Outcome<{ fileName: string; text: string }>> {
  const { db } = env;
  const at = nowIso(env);
  const { events, state } = await foldedPlan(db, planId);
  const plan = projectPlan(state);
  if (!plan) return failure('not-found', `There is no plan "${planId}".`);
  // Tombstones travel too, so a deletion here reaches the other side's copy.
  const activities = await activitiesOfRep(db, plan.rep.id);
  const candidate = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: at,
    plans: [plan],
    activities: activities.map(asBundleActivity),
    events,
    rollups: [],
  };
  // The file must import again: check it with the same schema the importer uses.
  const checked = safeParseBundle(candidate);
  if (!checked.success)
    return failure('internal', `The export would not import again: ${checked.error.message}`);
  return succeed({
    fileName: fileNameFor(plan.id, state.revision, at, purpose),
    // The events as stored, not as parsed: parsing fills defaults, which would change their hashes.
    text: `${JSON.stringify({ ...checked.data, events }, null, 2)}\n`,
  });
}
