/** The database's records → the dataset the views read (today is the default as-of for real data). */
import type { Activity } from '@onpace/core/schemas';
import { datasetFromRecords } from './bundle-to-dataset';
import type { Dataset } from './dataset';
import type { OnPaceDashboardDb } from './db';

export async function loadStoredDataset(db: OnPaceDashboardDb): Promise<Dataset> {
  return db.transaction(
    'r',
    [db.plans, db.activities, db.rollups, db.notes, db.checkIns, db.acknowledgments],
    async () => {
      const byRep = new Map<string, Activity[]>();
      for (const { repId, ...activity } of await db.activities.toArray()) {
        const list = byRep.get(repId);
        if (list) list.push(activity);
        else byRep.set(repId, [activity]);
      }
      return datasetFromRecords(
        {
          plans: await db.plans.toArray(),
          activitiesByRep: byRep,
          rollups: await db.rollups.toArray(),
          notes: await db.notes.toArray(),
          checkIns: await db.checkIns.toArray(),
          acknowledgments: await db.acknowledgments.toArray(),
        },
        'stored',
        null,
      );
    },
  );
}

export async function storedPlanCount(db: OnPaceDashboardDb): Promise<number> {
  return db.plans.count();
}
