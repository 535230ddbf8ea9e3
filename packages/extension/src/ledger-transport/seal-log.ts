/**
 * A log's events to sealed blobs and back: split into chunks that fit one HubSpot note once
 * sealed (core's `splitLog` with `maxPlaintextBytes`), each sealed on its own. Opening checks
 * every blob and every chunk; one that fails makes the whole copy unverified.
 */
import type { LedgerEventInput } from '@onpace/core/ledger';
import { maxPlaintextBytes, parseLogChunk, splitLog } from '@onpace/core/ledger-log';
import { type LogAddress, openChunk, sealChunk, UnverifiedRecordError } from './crypto';

export interface SealedChunk {
  readonly blob: string;
  /** The `seq` of the last event the chunk carries. */
  readonly throughSeq: number;
}

export async function sealLog(
  key: CryptoKey,
  address: LogAddress,
  events: readonly LedgerEventInput[],
): Promise<SealedChunk[]> {
  const chunks = splitLog({ plan: address.plan, author: address.author, events }, maxPlaintextBytes());
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  const sealed: SealedChunk[] = [];
  let carried = 0;
  for (const chunk of chunks) {
    const parsed = parseLogChunk(chunk);
    carried += parsed.ok ? parsed.chunk.events.length : 0;
    sealed.push({ blob: await sealChunk(key, address, chunk), throughSeq: ordered[carried - 1]?.seq ?? 0 });
  }
  return sealed;
}

/** The events of all blobs, unchecked as events (acceptLogCopy checks them); throws UnverifiedRecordError. */
export async function openLog(
  key: CryptoKey,
  address: LogAddress,
  blobs: readonly string[],
): Promise<unknown[]> {
  const events: unknown[] = [];
  for (const blob of blobs) {
    const chunk = parseLogChunk(await openChunk(key, address, blob));
    if (!chunk.ok) throw new UnverifiedRecordError(chunk.error);
    if (chunk.chunk.plan !== address.plan || chunk.chunk.author !== address.author) {
      throw new UnverifiedRecordError('the chunk names another plan or author than its log');
    }
    events.push(...chunk.chunk.events);
  }
  return events;
}
