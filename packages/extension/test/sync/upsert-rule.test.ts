/**
 * The upsert rule both sync stores share (src/sync/upsert-rule.ts), on the cases the store
 * contract does not reach: versions without `modifiedAt`, several versions of one activity in a
 * single page, and a second tombstone of an activity already retracted.
 */
import type { Activity } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { type StoredVersion, versionsToWrite } from '../../src/sync/upsert-rule';

const REP = 'rep-dana';

function call(extra: Partial<Activity> = {}): Activity {
  return {
    source: 'hubspot',
    id: '1',
    metric: 'calls',
    occurredAt: '2026-03-03T15:00:00.000Z',
    modifiedAt: '2026-03-03T15:01:00.000Z',
    ...extra,
  };
}

function stored(activity: Activity): StoredVersion {
  return { ...activity, repId: REP };
}

describe('versionsToWrite', () => {
  it('takes a changed version that has no modifiedAt over a stored one that has', () => {
    const incoming = call({ modifiedAt: undefined, occurredAt: '2026-03-04T15:00:00.000Z' });
    expect(versionsToWrite([stored(call())], [incoming], REP)).toEqual([stored(incoming)]);
  });

  it('takes a changed version over a stored one that has no modifiedAt', () => {
    const incoming = call({ occurredAt: '2026-03-04T15:00:00.000Z' });
    expect(versionsToWrite([stored(call({ modifiedAt: undefined }))], [incoming], REP)).toEqual([
      stored(incoming),
    ]);
  });

  it('still ignores an older version when both carry modifiedAt', () => {
    const older = call({ modifiedAt: '2026-03-03T15:00:00.000Z', amount: 5 });
    expect(versionsToWrite([stored(call())], [older], REP)).toEqual([]);
  });

  it('writes nothing for a second tombstone of a retracted activity, even a newer one', () => {
    const retracted = stored(call({ deleted: true }));
    const again = call({ deleted: true, modifiedAt: '2026-03-05T00:00:00.000Z' });
    expect(versionsToWrite([retracted], [again], REP)).toEqual([]);
  });

  it('weighs later versions of one activity in a page against the earlier ones, not the stored row', () => {
    const live = call();
    const tombstone = call({ deleted: true, modifiedAt: '2026-03-03T16:00:00.000Z' });
    // Nothing stored: the live version is added, then the tombstone in the same page retracts it.
    expect(versionsToWrite([undefined, undefined], [live, tombstone], REP)).toEqual([stored(tombstone)]);
    // An older version after a newer one in the same page does not win.
    const newer = call({ amount: 2, modifiedAt: '2026-03-04T00:00:00.000Z' });
    const older = call({ amount: 1, modifiedAt: '2026-03-03T00:00:00.000Z' });
    expect(versionsToWrite([undefined, undefined], [newer, older], REP)).toEqual([stored(newer)]);
  });
});
