/**
 * Reads the extension's own database (IndexedDB `onpace`) from its service worker, the way a
 * developer would in DevTools: rows come back as unknown and are checked here with zod.
 */
import { Activity } from '@onpace/core/schemas';
import type { Worker } from 'playwright-core';
import { z } from 'zod';

function readTable(worker: Worker, table: string): Promise<unknown[]> {
  return worker.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('onpace');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains(name)) return [];
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, table);
}

export const SyncStateRow = z.object({
  planId: z.string(),
  source: z.string(),
  lastSuccessAt: z.string().nullable(),
  fault: z.object({ code: z.string(), message: z.string() }).nullable(),
  sync: z.object({ cursor: z.unknown() }).optional(),
});
export type SyncStateRow = z.infer<typeof SyncStateRow>;

export async function syncStateRows(worker: Worker): Promise<SyncStateRow[]> {
  return z.array(SyncStateRow).parse(await readTable(worker, 'syncState'));
}

/** A stored ledger event, as far as the story reads it: its type and body. */
const StoredEvent = z.object({
  event: z.object({ type: z.string(), body: z.record(z.string(), z.unknown()) }),
});

/**
 * The activities the rep logged by hand (quick-log), as core's Activity. A manual log is an
 * `activity.logged` event in the plan's ledger (an undo is `activity.retracted`), not a row of
 * the activities table, which holds what the CRMs sent.
 */
export async function manualActivities(worker: Worker): Promise<Activity[]> {
  const events = z.array(StoredEvent).parse(await readTable(worker, 'events'));
  const retracted = new Set(
    events
      .filter(({ event }) => event.type === 'activity.retracted')
      .map(({ event }) => z.string().parse(event.body.activity)),
  );
  return events
    .filter(({ event }) => event.type === 'activity.logged')
    .map(({ event }) => Activity.parse(event.body.activity))
    .filter((activity) => activity.source === 'manual' && !retracted.has(activity.id));
}
