import { describe, expect, it } from 'vitest';
import { myPlan, planRole, teamPlans } from '../../src/index.js';
import { AVERY, BLAKE, identityOf, MORGAN, planFor } from './fixtures.js';

describe('planRole', () => {
  const averysPlan = planFor('avery', AVERY, MORGAN);

  it("is the rep in the rep's browser, the manager in the manager's, neither in a peer's", () => {
    expect(planRole(averysPlan, identityOf(AVERY))).toBe('rep');
    expect(planRole(averysPlan, identityOf(MORGAN))).toBe('manager');
    expect(planRole(averysPlan, identityOf(BLAKE))).toBe('neither');
  });

  it('is both for a manager on a plan of their own', () => {
    const own = planFor('morgan', MORGAN, MORGAN);
    expect(planRole(own, identityOf(MORGAN))).toBe('both');
  });

  it('matches in either CRM the browser knows the user in, and only in those', () => {
    expect(planRole(averysPlan, identityOf({ hubspot: AVERY.hubspot }))).toBe('rep');
    expect(planRole(averysPlan, identityOf({ salesforce: AVERY.salesforce }))).toBe('rep');
    const salesforceOnlyPlan = planFor(
      'sf',
      { salesforce: AVERY.salesforce },
      { salesforce: MORGAN.salesforce },
    );
    expect(planRole(salesforceOnlyPlan, identityOf({ hubspot: AVERY.hubspot }))).toBe('neither');
    expect(planRole(averysPlan, {})).toBe('neither');
  });

  it('takes a 15-character Salesforce id for its 18-character form, and never a different case', () => {
    const fifteen = AVERY.salesforce.slice(0, 15);
    expect(planRole(planFor('p15', { salesforce: fifteen }, null), identityOf(AVERY))).toBe('rep');
    const otherCase = fifteen.toLowerCase();
    expect(planRole(planFor('plc', { salesforce: otherCase }, null), identityOf(AVERY))).toBe('neither');
  });

  it('never takes a plan without CRM ids for the user, whatever its names or order', () => {
    const unnamed = planFor('unnamed', null, null);
    expect(planRole(unnamed, identityOf(MORGAN))).toBe('neither');
    expect(myPlan([unnamed, averysPlan], identityOf(MORGAN), '2026-11-10')).toBeNull();
  });
});

describe('myPlan and teamPlans', () => {
  const team = [planFor('avery', AVERY, MORGAN), planFor('blake', BLAKE, MORGAN)];

  it("finds a rep's own plan by identity, wherever it sits in the list", () => {
    expect(myPlan(team, identityOf(BLAKE), '2026-11-10')?.id).toBe('blake');
    expect(myPlan([...team].reverse(), identityOf(BLAKE), '2026-11-10')?.id).toBe('blake');
  });

  it('gives a manager no plan of their own unless one names them as rep', () => {
    expect(myPlan(team, identityOf(MORGAN), '2026-11-10')).toBeNull();
    const own = planFor('morgan', MORGAN, MORGAN);
    expect(myPlan([...team, own], identityOf(MORGAN), '2026-11-10')?.id).toBe('morgan');
    expect(teamPlans([...team, own], identityOf(MORGAN)).map((plan) => plan.id)).toEqual([
      'avery',
      'blake',
      'morgan',
    ]);
    expect(teamPlans(team, identityOf(AVERY))).toEqual([]);
  });

  it('prefers the live plan holding today, then the next to start, then the last to end', () => {
    const past = planFor('past', AVERY, MORGAN, {
      start: '2026-08-03',
      end: '2026-08-28',
      status: 'completed',
    });
    const current = planFor('current', AVERY, MORGAN);
    const next = planFor('next', AVERY, MORGAN, { start: '2027-01-04', end: '2027-01-29' });
    const plans = [next, past, current];
    expect(myPlan(plans, identityOf(AVERY), '2026-11-10')?.id).toBe('current');
    expect(myPlan(plans, identityOf(AVERY), '2026-12-15')?.id).toBe('next');
    expect(myPlan([past], identityOf(AVERY), '2026-12-15')?.id).toBe('past');
  });
});
