/** The database's records → the dataset the views read (today is the default as-of for real data). */
import type { Activity } from '@onpace/core/schemas';
import { datasetFromRecords } from './bundle-to-dataset';
import type { Dataset } from './dataset';
import type { OnPaceDashboardDb } from './db';

export async function loadStoredDataset(db: OnPaceDashboardDb): Promise<Dataset> {
  return db.transaction('r', [db.events, db.activities, db.rollups, db.notes], async () => {
    const byRep = new Map<string, Activity[]>();
    for (const { repId, ...activity } of await db.activities.toArray()) {
      const list = byRep.get(repId);
      if (list) list.push(activity);
      else byRep.set(repId, [activity]);
    }
    const events = await db.events.toArray();
    const notes = await db.notes.toArray();
    return datasetFromRecords(
      {
        events: events.map((stored) => stored.event),
        activitiesByRep: byRep,
        rollups: await db.rollups.toArray(),
        privateNotes: notes.filter((note) => note.visibility === 'private'),
      },
      'stored',
      null,
    );
  });
}

/** How many plans the stored ledgers hold (events naming a plan). */
export async function storedPlanCount(db: OnPaceDashboardDb): Promise<number> {
  return (await db.events.orderBy('planId').uniqueKeys()).length;
}
