import {
  HUBSPOT_MAX_IN_VALUES,
  HUBSPOT_OBJECT_TYPES,
  SALESFORCE_OBJECT_TYPES,
  SOQL_MAX_OWNER_IDS,
} from '@onpace/core/crm';
import { describe, expect, it } from 'vitest';
import { hubspotTeamReads } from '../../src/sync/team/hubspot-team-sync';
import { salesforceTeamReads } from '../../src/sync/team/salesforce-team-sync';

const owners = (count: number) => Array.from({ length: count }, (_, index) => String(71_000_000 + index));

describe('team reads', () => {
  it('read a team within one IN list with one query per object type', () => {
    expect(salesforceTeamReads(owners(50)).map((read) => read.key)).toEqual(
      SALESFORCE_OBJECT_TYPES.map((type) => `${type}#0`),
    );
    expect(hubspotTeamReads(owners(50)).map((read) => read.key)).toEqual(
      HUBSPOT_OBJECT_TYPES.map((type) => `${type}#0`),
    );
  });

  it('split a larger team into groups that each fit one IN list and together name everyone once', () => {
    for (const [reads, max, types] of [
      [salesforceTeamReads(owners(1_001)), SOQL_MAX_OWNER_IDS, SALESFORCE_OBJECT_TYPES.length],
      [hubspotTeamReads(owners(250)), HUBSPOT_MAX_IN_VALUES, HUBSPOT_OBJECT_TYPES.length],
    ] as const) {
      const groups = Math.ceil((max === SOQL_MAX_OWNER_IDS ? 1_001 : 250) / max);
      expect(reads).toHaveLength(groups * types);
      for (const read of reads) expect(read.ownerIds.length).toBeLessThanOrEqual(max);
      const first = reads
        .filter((read) => read.objectType === reads[0]?.objectType)
        .flatMap((read) => read.ownerIds);
      expect(new Set(first).size).toBe(first.length);
      expect(first).toHaveLength(max === SOQL_MAX_OWNER_IDS ? 1_001 : 250);
    }
  });
});
