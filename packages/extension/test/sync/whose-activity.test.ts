import { type Plan, parsePlan } from '@onpace/core/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import type { HttpFetch } from '../../src/sync/http';
import { MemorySyncStore } from '../../src/sync/memory-store';
import { plansToSync } from '../../src/sync/plan-scope';
import { FakeClock } from './support/fake-clock';
import { type FakeCrm, fakeCrmFetch } from './support/fake-crm';
import { counted, engineFor, normalize, planFor, startSeededCrm } from './support/harness';

let crm: FakeCrm | undefined;
afterEach(async () => {
  await crm?.close();
  crm = undefined;
});

function otherPlan(base: Plan, id: string, name: string, crmIds: NonNullable<Plan['rep']['crm']>): Plan {
  return parsePlan({ ...base, id, title: `${name} plan`, rep: { id: `rep-${id}`, name, crm: crmIds } });
}

describe('plansToSync', () => {
  it("syncs only the rep's own plan in a rep's browser, and every live plan in a manager's", async () => {
    const { crm: started, quarter } = await startSeededCrm();
    crm = started;
    const mine = planFor(quarter);
    const dana = otherPlan(mine, 'dana', 'Dana', { salesforceUserId: '005000000000009AAA' });
    const done = parsePlan({ ...otherPlan(mine, 'old', 'Old', {}), status: 'completed' });
    const plans = [dana, done, mine];
    expect(plansToSync(plans, { role: 'rep', myPlanId: mine.id })).toEqual([{ plan: mine, isMine: true }]);
    expect(plansToSync(plans, { role: 'rep', myPlanId: null })).toEqual([]);
    expect(plansToSync(plans, { role: 'manager', myPlanId: null }).map(({ plan }) => plan.id)).toEqual([
      'dana',
      'plan-riley',
    ]);
  });
});

describe("a manager's browser", () => {
  it("syncs each rep by their own id, and says plainly when the manager's access stops short", async () => {
    const started = await startSeededCrm();
    crm = started.crm;
    const { quarter } = started;
    const riley = planFor(quarter);
    const dana = otherPlan(riley, 'dana', 'Dana Reyes', { salesforceUserId: '005000000000009AAA' });
    const noId = otherPlan(riley, 'kim', 'Kim Park', {});
    const empty = otherPlan(riley, 'lee', 'Lee Chan', { salesforceUserId: '005000000000007AAA' });
    const store = new MemorySyncStore([riley, dana, noId, empty]);
    // Salesforce refuses Dana's records to this manager (sharing rules).
    const base = fakeCrmFetch(started.crm);
    const fetch: HttpFetch = async (url, init) =>
      decodeURIComponent(url).includes("'005000000000009AAA'")
        ? {
            status: 403,
            headers: { get: () => null },
            text: async () =>
              '[{"message":"insufficient access rights on object id","errorCode":"INSUFFICIENT_ACCESS"}]',
          }
        : base(url, init);
    const { engine } = engineFor({
      ...started,
      store,
      clock: new FakeClock(Date.now()),
      scope: { role: 'manager', myPlanId: null },
      extra: { fetch },
    });
    const report = await engine.run({ trigger: 'manual', sources: ['salesforce'] });
    const outcome = (planId: string) => report.results.find((result) => result.planId === planId)?.outcome;

    expect(outcome('plan-riley')).toMatchObject({ kind: 'synced' });
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(normalize(quarter.expected.salesforce));
    expect(outcome('dana')).toMatchObject({
      kind: 'fault',
      fault: {
        code: 'forbidden',
        message:
          "Your Salesforce access does not include Dana Reyes's activity — ask your Salesforce admin, or have Dana Reyes sync from their own browser.",
      },
    });
    expect(outcome('kim')).toEqual({
      kind: 'skipped',
      reason: 'the plan names no Salesforce user for Kim Park',
    });
    expect(outcome('lee')).toMatchObject({ kind: 'synced', records: 0 });
    expect((await store.getState('lee', 'salesforce'))?.notice).toContain(
      'No Salesforce activity of Lee Chan is visible to you',
    );
  });
});
