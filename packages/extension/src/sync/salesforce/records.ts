/** What the sync itself reads from raw query records: their ids and newest SystemModstamp. */
import { SalesforceDateTime } from '@onpace/core/crm';
import { z } from 'zod';

const RecordMeta = z.object({ Id: z.string().min(1), SystemModstamp: z.unknown().optional() });

export interface RecordFacts {
  readonly ids: string[];
  readonly newestModifiedMs: number | null;
}

/** Records that cannot be read are skipped here: core's mapping reports each one. */
export function recordFacts(records: readonly unknown[]): RecordFacts {
  const ids: string[] = [];
  let newest: number | null = null;
  for (const record of records) {
    const meta = RecordMeta.safeParse(record);
    if (!meta.success) continue;
    ids.push(meta.data.Id);
    const stamp = SalesforceDateTime.safeParse(meta.data.SystemModstamp);
    if (stamp.success && (newest === null || stamp.data > newest)) {
      newest = stamp.data;
    }
  }
  return { ids, newestModifiedMs: newest };
}
