/** What the sync itself reads from raw search results: ids and newest `hs_lastmodifieddate`. */
import { parseHubSpotTimestamp } from '@onpace/core/crm';
import { z } from 'zod';

const ResultMeta = z.object({
  id: z.string().min(1),
  updatedAt: z.string().optional(),
  properties: z.record(z.string(), z.string().nullable()).optional(),
});

export interface ResultFacts {
  readonly ids: string[];
  readonly newestModifiedMs: number | null;
}

/** Results that cannot be read are skipped here: core's mapping reports each one. */
export function resultFacts(results: readonly unknown[]): ResultFacts {
  const ids: string[] = [];
  let newest: number | null = null;
  for (const result of results) {
    const meta = ResultMeta.safeParse(result);
    if (!meta.success) continue;
    ids.push(meta.data.id);
    const text = meta.data.properties?.hs_lastmodifieddate ?? meta.data.updatedAt ?? null;
    const modified = text === null ? Number.NaN : parseHubSpotTimestamp(text);
    if (!Number.isNaN(modified) && (newest === null || modified > newest)) newest = modified;
  }
  return { ids, newestModifiedMs: newest };
}
