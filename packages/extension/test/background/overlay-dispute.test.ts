import { describe, expect, it } from 'vitest';
import { handleRequest } from '../../src/background/handle-request';
import { savePlan } from '../../src/background/plans';
import { OverlayResponse, type OverlayState } from '../../src/messaging/overlay-protocol';
import { foldedPlan } from '../../src/storage/ledger-store';
import { writeMyPlanId } from '../../src/storage/settings';
import { HUBSPOT_SENDER, type TestEnv } from '../support/background-env';
import { envWithLedgerPlan, sendOk, storeCrmActivities, tick } from '../support/ledger-env';
import { call, samplePlanInput } from '../support/sample-plan';

/** Sends a request as the HubSpot content script does, parsed with the overlay's own schema. */
async function fromOverlay(env: TestEnv, request: unknown) {
  return OverlayResponse.parse(await handleRequest(request, HUBSPOT_SENDER, env));
}

function callsToday(state: OverlayState): number | undefined {
  return state.plan?.targets.find((target) => target.targetId === 'calls')?.current?.actual;
}

const missingTwo = {
  type: 'overlay/dispute',
  metric: 'calls',
  date: '2026-03-11',
  kind: 'missing',
  amount: 2,
  text: 'Two calls from my mobile.',
} as const;

describe('disputes from the overlay', () => {
  it('appends dispute.opened to my plan as its rep, and the accepted dispute moves the overlay figure', async () => {
    const env = await envWithLedgerPlan();
    tick(env);
    const opened = await fromOverlay(env, missingTwo);
    if (!opened.ok) throw new Error(opened.error);
    expect(callsToday(opened.state)).toBe(0);
    const { events, state } = await foldedPlan(env.db, 'plan-dana');
    expect(events.at(-1)).toMatchObject({
      type: 'dispute.opened',
      author: { id: 'rep-dana', role: 'rep' },
      body: {
        metric: 'calls',
        date: '2026-03-11',
        kind: 'missing',
        amount: 2,
        text: 'Two calls from my mobile.',
      },
    });
    const disputeId = state.disputes[0]?.id ?? '';
    tick(env);
    await sendOk(env, {
      type: 'disputes/resolve',
      planId: 'plan-dana',
      disputeId,
      decision: 'accepted',
      text: 'Seen on the phone bill.',
    });
    const after = await fromOverlay(env, { type: 'overlay/state' });
    expect(after.ok && callsToday(after.state)).toBe(2);
  });

  it('writes only to my plan: another plan in this browser is never touched', async () => {
    const env = await envWithLedgerPlan();
    const other = await savePlan(
      env,
      'create',
      samplePlanInput({ id: 'plan-lee', rep: { id: 'rep-lee', name: 'Lee Park', crm: {} } }),
    );
    if (!other.ok) throw new Error(other.error);
    await writeMyPlanId('plan-lee');
    tick(env);
    expect((await fromOverlay(env, missingTwo)).ok).toBe(true);
    const mine = await foldedPlan(env.db, 'plan-lee');
    expect(mine.events.at(-1)).toMatchObject({
      type: 'dispute.opened',
      author: { id: 'rep-lee', role: 'rep' },
    });
    expect((await foldedPlan(env.db, 'plan-dana')).state.disputes).toHaveLength(0);
  });

  it('refuses a content script naming a plan with the page request, and stores nothing', async () => {
    const env = await envWithLedgerPlan();
    const before = await env.db.events.count();
    const { type: _type, ...body } = missingTwo;
    const response = await handleRequest(
      { ...body, type: 'disputes/open', planId: 'plan-dana' },
      HUBSPOT_SENDER,
      env,
    );
    expect(response).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await env.db.events.count()).toBe(before);
  });

  it('is refused without a plan of mine, and when the ledger refuses the rep (a closed plan)', async () => {
    const env = await envWithLedgerPlan();
    await writeMyPlanId(null);
    expect(await fromOverlay(env, missingTwo)).toMatchObject({ ok: false });
    await writeMyPlanId('plan-dana');
    tick(env);
    await sendOk(env, { type: 'plans/activate', planId: 'plan-dana' });
    tick(env);
    await sendOk(env, { type: 'plans/close', planId: 'plan-dana', outcome: 'met', summary: 'Done.' });
    const before = await env.db.events.count();
    tick(env);
    expect(await fromOverlay(env, missingTwo)).toMatchObject({ ok: false });
    expect(await env.db.events.count()).toBe(before);
  });

  it('names a bad field by its path, and stores nothing', async () => {
    const env = await envWithLedgerPlan();
    const before = await env.db.events.count();
    const response = await handleRequest({ ...missingTwo, text: '  ' }, HUBSPOT_SENDER, env);
    expect(response).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ path: expect.stringContaining('text') })],
    });
    expect(await env.db.events.count()).toBe(before);
  });
});

describe('a day of my plan, listed for the overlay', () => {
  it('lists the counted activities of one metric as source:id keys with a readable line, and a picked one stops counting once accepted', async () => {
    const env = await envWithLedgerPlan();
    await storeCrmActivities(env, [
      call('c-early', '2026-03-11T14:05:00Z'),
      call('c-late', '2026-03-11T20:30:00Z'),
      // The evening before in New York: another day of the plan.
      call('c-before', '2026-03-11T03:00:00Z'),
    ]);
    const listed = await fromOverlay(env, {
      type: 'overlay/dispute-day',
      metric: 'calls',
      date: '2026-03-11',
    });
    if (!listed.ok) throw new Error(listed.error);
    expect(listed.day?.map((activity) => activity.key)).toEqual(['hubspot:c-early', 'hubspot:c-late']);
    // Times in the plan's zone (New York), where from, and which activity.
    expect(listed.day?.[0]?.line).toBe('10:05 AM · HubSpot c-early');
    expect(callsToday(listed.state)).toBe(2);

    tick(env);
    const opened = await fromOverlay(env, {
      type: 'overlay/dispute',
      metric: 'calls',
      date: '2026-03-11',
      kind: 'not-counting',
      activities: ['hubspot:c-late'],
      text: 'A wrong number.',
    });
    expect(opened.ok).toBe(true);
    const disputeId = (await foldedPlan(env.db, 'plan-dana')).state.disputes[0]?.id ?? '';
    tick(env);
    await sendOk(env, {
      type: 'disputes/resolve',
      planId: 'plan-dana',
      disputeId,
      decision: 'accepted',
      text: 'Yes.',
    });
    const again = await fromOverlay(env, {
      type: 'overlay/dispute-day',
      metric: 'calls',
      date: '2026-03-11',
    });
    expect(again.ok && again.day?.map((activity) => activity.key)).toEqual(['hubspot:c-early']);
    expect(again.ok && callsToday(again.state)).toBe(1);
  });

  it('is refused without a plan of mine, and for a day that is not a date', async () => {
    const env = await envWithLedgerPlan();
    expect(
      await fromOverlay(env, { type: 'overlay/dispute-day', metric: 'calls', date: '11/03/2026' }),
    ).toMatchObject({ ok: false });
    await writeMyPlanId(null);
    expect(
      await fromOverlay(env, { type: 'overlay/dispute-day', metric: 'calls', date: '2026-03-11' }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('Choose your plan') });
  });
});
