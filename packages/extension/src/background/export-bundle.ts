/**
 * Exporting a plan as a bundle file, for the other side of the plan: the manager sends the plan
 * with its shared notes and check-ins; the rep sends their activities and acknowledgments back.
 * Both directions use the same file, so it carries all of them.
 *
 * Private notes stay on this machine unless the export is a `backup` (the manager's own copy,
 * to move to another browser). Nothing secret is ever read here: CRM sessions and tokens are
 * not in these tables.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION, safeParseBundle } from '@onpace/core/schemas';
import type { ExportPurpose } from '../messaging/drafts';
import { failure, type Outcome, succeed } from '../messaging/result';
import type { StoredActivity } from '../storage/records';
import { type BackgroundEnv, nowIso } from './env';
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
  const plan = await db.plans.get(planId);
  if (!plan) return failure('not-found', `There is no plan "${planId}".`);
  // Tombstones travel too, so a deletion here reaches the other side's copy.
  const [activities, notes, checkIns, acknowledgments] = await Promise.all([
    activitiesOfRep(db, plan.rep.id),
    db.notes.where('planId').equals(planId).toArray(),
    db.checkIns.where('planId').equals(planId).toArray(),
    db.acknowledgments.where('planId').equals(planId).toArray(),
  ]);
  const candidate = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: at,
    plans: [plan],
    activities: activities.map(asBundleActivity),
    notes: purpose === 'backup' ? notes : notes.filter((note) => note.visibility === 'shared'),
    checkIns,
    acknowledgments,
    rollups: [],
  };
  // The file must import again: check it with the same schema the importer uses.
  const checked = safeParseBundle(candidate);
  if (!checked.success)
    return failure('internal', `The export would not import again: ${checked.error.message}`);
  return succeed({
    fileName: fileNameFor(plan.id, plan.revision, at, purpose),
    text: `${JSON.stringify(checked.data, null, 2)}\n`,
  });
}
