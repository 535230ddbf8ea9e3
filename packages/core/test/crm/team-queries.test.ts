import { describe, expect, it } from 'vitest';
import {
  HUBSPOT_MAX_IN_VALUES,
  hubspotSearchBody,
  SOQL_MAX_OWNER_IDS,
  soqlForTeam,
  soqlForWindow,
} from '../../src/index.js';

const WINDOW = { fromUtc: '2026-08-04T04:00:00Z', toUtc: '2026-11-28T05:00:00Z' };
const TEAM = ['0055e000000000BAAQ', '0055e000000000CAAQ', '0055e000000000DAAQ'];

describe('soqlForTeam', () => {
  it("reads every rep's records of an object type with one OwnerId IN query", () => {
    const soql = soqlForTeam('Task', { ...WINDOW, ownerIds: TEAM });
    expect(soql).toContain(`OwnerId IN ('${TEAM[0]}', '${TEAM[1]}', '${TEAM[2]}')`);
    expect(soql).not.toContain('OwnerId =');
    // The rest of the query is the single-rep query's: the same fields, window and order.
    const single = soqlForWindow('Task', { ...WINDOW, ownerId: TEAM[0] ?? '' });
    expect(soql.replace(/OwnerId IN \([^)]*\)/, `OwnerId = '${TEAM[0]}'`)).toBe(single);
  });

  it('keeps the incremental mark and the creator field', () => {
    const soql = soqlForTeam('Event', {
      ...WINDOW,
      ownerIds: TEAM,
      userField: 'CreatedById',
      modifiedSince: '2026-11-18T20:00:00Z',
    });
    expect(soql).toContain('CreatedById IN (');
    expect(soql).toContain('SystemModstamp >= 2026-11-18T20:00:00Z');
  });

  it('names each id once, quotes them, and refuses an empty or oversized team', () => {
    expect(
      soqlForTeam('Lead', { ...WINDOW, ownerIds: [...TEAM, TEAM[0] ?? ''] }).match(/'005/g),
    ).toHaveLength(3);
    expect(soqlForTeam('Lead', { ...WINDOW, ownerIds: ["a'b", 'c'] })).toContain("IN ('a\\'b', 'c')");
    expect(() => soqlForTeam('Task', { ...WINDOW, ownerIds: [] })).toThrow(/at least one/);
    const tooMany = Array.from(
      { length: SOQL_MAX_OWNER_IDS + 1 },
      (_, index) => `005${String(index).padStart(15, '0')}`,
    );
    expect(() => soqlForTeam('Task', { ...WINDOW, ownerIds: tooMany })).toThrow(/at most/);
  });
});

describe('hubspotSearchBody for a team', () => {
  const range = { ownerId: '', fromMs: 1_785_000_000_000, toMs: 1_795_000_000_000 };

  it('filters every group on the owner with one IN filter', () => {
    const body = hubspotSearchBody('contacts', { ...range, ownerIds: ['71000011', '71000012'] });
    expect(body.filterGroups.length).toBeGreaterThan(1);
    for (const group of body.filterGroups) {
      expect(group.filters[0]).toEqual({
        propertyName: 'hubspot_owner_id',
        operator: 'IN',
        values: ['71000011', '71000012'],
      });
    }
  });

  it('stays within the 25-filter limit with the incremental mark', () => {
    const body = hubspotSearchBody('contacts', {
      ...range,
      ownerIds: ['71000011', '71000012'],
      modifiedSinceMs: 1_794_000_000_000,
    });
    const count = body.filterGroups.reduce((sum, group) => sum + group.filters.length, 0);
    expect(count).toBeLessThanOrEqual(25);
  });

  it('refuses more owners than one IN filter may list', () => {
    const ownerIds = Array.from({ length: HUBSPOT_MAX_IN_VALUES + 1 }, (_, index) =>
      String(71_000_000 + index),
    );
    expect(() => hubspotSearchBody('calls', { ...range, ownerIds })).toThrow(/at most/);
  });
});
