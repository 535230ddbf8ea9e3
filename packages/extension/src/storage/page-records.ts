/**
 * The CRM record open in each tab, as the overlay reported it (`page/record`), so the popup can
 * offer "link to the record open in this tab". Kept in `storage.session`: it survives the worker
 * stopping, never reaches the disk, and is gone when the browser closes.
 */
import type { LinkedRecord } from '@onpace/core/schemas';
import { LinkedRecord as LinkedRecordSchema } from '@onpace/core/schemas';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

const PageRecords = z.record(z.string(), LinkedRecordSchema);

export const pageRecordsItem = storage.defineItem<Record<string, LinkedRecord>>('session:pageRecords', {
  fallback: {},
  version: 1,
});

async function readAll(): Promise<Record<string, LinkedRecord>> {
  const parsed = PageRecords.safeParse(await pageRecordsItem.getValue());
  return parsed.success ? parsed.data : {};
}

export async function readPageRecord(tabId: number): Promise<LinkedRecord | null> {
  return (await readAll())[String(tabId)] ?? null;
}

/** Records (or, with null, forgets) the record open in a tab. */
export async function writePageRecord(tabId: number, record: LinkedRecord | null): Promise<void> {
  const all = await readAll();
  if (record === null) delete all[String(tabId)];
  else all[String(tabId)] = record;
  await pageRecordsItem.setValue(all);
}

export async function clearPageRecords(): Promise<void> {
  await pageRecordsItem.removeValue();
}
