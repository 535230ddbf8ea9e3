import { evaluatePlan } from '@onpace/core/pace';
import { PullResponse } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { handleBridgeMessage } from '../../src/background/bridge';
import { buildOverlayState } from '../../src/background/overlay-state';
import type { LedgerWriteRequest } from '../../src/messaging/ledger-requests';
import { writeSettings } from '../../src/storage/settings';
import { envWithLedgerPlan, sendOk, storeCrmActivities, tick } from '../support/ledger-env';
import { call } from '../support/sample-plan';

const dashboard = { origin: 'http://127.0.0.1:4173', url: 'http://127.0.0.1:4173/team' };

describe('the bridge sends the figures every view here shows', () => {
  it('its rollup carries manual logs and accepted disputes, so the dashboard counts what the overlay counts', async () => {
    const env = await envWithLedgerPlan();
    await storeCrmActivities(env, [
      call('c1', '2026-03-10T14:00:00Z'),
      call('c2', '2026-03-10T15:00:00Z'),
      call('c3', '2026-03-09T15:00:00Z'),
    ]);
    tick(env);
    await sendOk(env, { type: 'activity/add', planId: 'plan-dana', metric: 'calls' });
    const dispute = async (body: Record<string, unknown>) => {
      tick(env);
      const opened = await sendOk(env, {
        type: 'disputes/open',
        planId: 'plan-dana',
        metric: 'calls',
        ...body,
      } as Extract<LedgerWriteRequest, { type: 'disputes/open' }>);
      const id = opened.ledger.disputes.find((row) => row.date === body.date)?.id ?? '';
      tick(env);
      await sendOk(env, {
        type: 'disputes/resolve',
        planId: 'plan-dana',
        disputeId: id,
        decision: 'accepted',
        text: 'Agreed',
      });
    };
    await dispute({ date: '2026-03-10', kind: 'missing', amount: 2, text: 'Two calls from my cell' });
    await dispute({
      date: '2026-03-09',
      kind: 'not-counting',
      activities: ['hubspot:c3'],
      text: 'A wrong number',
    });

    const overlay = await buildOverlayState(env);
    const overlayCalls = overlay.plan?.targets.find((row) => row.targetId === 'calls')?.actual;
    // 3 from the CRM, 1 logged by hand, 2 added and 1 taken out by accepted disputes.
    expect(overlayCalls).toBe(5);

    await writeSettings({ allowedOrigins: [dashboard.origin] });
    const response = PullResponse.parse(
      await handleBridgeMessage(env, { type: 'onpace/pull', protocol: 1 }, dashboard),
    );
    if (!response.ok) throw new Error(response.error.message);
    const plan = response.bundle.plans[0];
    const rollup = response.bundle.rollups[0]?.rollup;
    if (!plan || !rollup) throw new Error('the bridge sent no plan or rollup');
    const asOf = env.now().toISOString();
    const sent = evaluatePlan(plan, rollup, asOf).targets.find((row) => row.targetId === 'calls');
    expect(sent?.actual).toBe(overlayCalls);
  });
});
