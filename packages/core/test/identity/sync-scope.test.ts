import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfLocalDay, syncRangeOf, syncScope, toDayNumber } from '../../src/index.js';
import { AVERY, BLAKE, identityOf, MORGAN, planFor } from './fixtures.js';

describe('syncScope', () => {
  const team = [
    planFor('avery', AVERY, MORGAN),
    planFor('blake', BLAKE, MORGAN),
    planFor('morgan', MORGAN, MORGAN),
  ];

  it("reads the whole team, the manager's own plan included, as one owner list per CRM", () => {
    const scope = syncScope(team, identityOf(MORGAN));
    expect(scope.salesforce?.ownerIds).toEqual([AVERY.salesforce, BLAKE.salesforce, MORGAN.salesforce]);
    expect(scope.hubspot?.ownerIds).toEqual([AVERY.hubspot, BLAKE.hubspot, MORGAN.hubspot]);
    expect(scope.salesforce?.plans.map((entry) => [entry.plan.id, entry.role])).toEqual([
      ['avery', 'manager'],
      ['blake', 'manager'],
      ['morgan', 'both'],
    ]);
  });

  it("reads only the rep's own id in a rep's browser, never the manager's", () => {
    const scope = syncScope(team, identityOf(AVERY));
    expect(scope.salesforce?.ownerIds).toEqual([AVERY.salesforce]);
    expect(scope.hubspot?.ownerIds).toEqual([AVERY.hubspot]);
    expect(
      scope.skipped.filter((entry) => entry.reason === 'not-involved').map((entry) => entry.planId),
    ).toContain('morgan');
  });

  it('leaves out a plan whose rep has no id in that CRM, saying why, instead of reading the user', () => {
    const unnamed = planFor('unnamed', null, MORGAN);
    const hubspotOnly = planFor('hubspot-only', { hubspot: BLAKE.hubspot }, MORGAN);
    const scope = syncScope([unnamed, hubspotOnly], identityOf(MORGAN));
    expect(scope.salesforce).toBeNull();
    expect(scope.hubspot?.ownerIds).toEqual([BLAKE.hubspot]);
    expect(scope.skipped).toContainEqual({ planId: 'unnamed', crm: 'salesforce', reason: 'rep-not-in-crm' });
    expect(scope.skipped).toContainEqual({
      planId: 'hubspot-only',
      crm: 'salesforce',
      reason: 'rep-not-in-crm',
    });
  });

  it('syncs nothing for a CRM the browser does not know the user in', () => {
    const scope = syncScope(team, identityOf({ hubspot: MORGAN.hubspot }));
    expect(scope.salesforce).toBeNull();
    expect(scope.hubspot?.ownerIds).toHaveLength(3);
  });

  it('reads each plan from the first day of its baseline (90 days unless set) to the midnight after its end', () => {
    const plan = planFor('avery', AVERY, MORGAN, { baselineDays: 30 });
    const range = syncRangeOf(plan);
    expect(range.fromMs).toBe(startOfLocalDay(toDayNumber('2026-11-02') - 30, 'America/New_York'));
    expect(range.toMs).toBe(startOfLocalDay(toDayNumber('2026-11-28'), 'America/New_York'));
    const byDefault = syncRangeOf(planFor('blake', BLAKE, MORGAN));
    expect(byDefault.fromMs).toBe(startOfLocalDay(toDayNumber('2026-11-02') - 90, 'America/New_York'));
    const scope = syncScope(
      [
        plan,
        planFor('later', BLAKE, MORGAN, {
          start: '2026-12-07',
          end: '2026-12-31',
          timeZone: 'America/Los_Angeles',
          baselineDays: 10,
        }),
      ],
      identityOf(MORGAN),
    );
    expect(scope.salesforce?.range).toEqual({
      fromMs: range.fromMs,
      toMs: startOfLocalDay(toDayNumber('2027-01-01'), 'America/Los_Angeles'),
    });
  });

  it("never lists an id but the user's own in a browser that manages no plan (property)", () => {
    const people = [AVERY, BLAKE, MORGAN, { salesforce: '0055e000000000DAAQ', hubspot: '71000013' }];
    const who = fc.constantFrom(...people);
    const maybe = fc.option(who, { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(maybe, maybe), { maxLength: 6 }), who, (pairs, self) => {
        const plans = pairs.map(([rep, manager], index) => planFor(`p${index}`, rep, manager));
        const managesAny = pairs.some(([, manager]) => manager === self);
        const scope = syncScope(plans, identityOf(self));
        if (managesAny) return;
        for (const id of scope.salesforce?.ownerIds ?? []) expect(id).toBe(self.salesforce);
        for (const id of scope.hubspot?.ownerIds ?? []) expect(id).toBe(self.hubspot);
      }),
    );
  });
});
