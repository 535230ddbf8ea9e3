/**
 * What a bundle import does beyond merging events: a plan's rollup cache rebuilt when only the
 * plan changed (its window moved), and refusals that say which file they refuse.
 */
import { describe, expect, it } from 'vitest';
import { exportPlan } from '../../src/background/export-bundle';
import { importBundleText } from '../../src/background/import-bundle';
import { createTestEnv, type TestEnv } from '../support/background-env';
import { envWithLedgerPlan, sendOk, tick } from '../support/ledger-env';
import { bundleText, call, samplePlanInput } from '../support/sample-plan';

async function importOk(env: TestEnv, text: string) {
  const result = await importBundleText(env, text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

async function exportText(env: TestEnv): Promise<string> {
  const result = await exportPlan(env, 'plan-dana', 'share');
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

describe('bundle import and the rollup cache', () => {
  it('rebuilds the cache of a plan whose extension arrives without any activity', async () => {
    const manager = await envWithLedgerPlan();
    const rep = createTestEnv('2026-03-11T16:00:00Z');
    await importOk(rep, await exportText(manager));
    const before = await rep.db.rollups.get('plan-dana');
    expect(before?.rollup.to).toBe('2026-03-27');

    tick(manager);
    await sendOk(manager, { type: 'plans/activate', planId: 'plan-dana' });
    tick(manager);
    await sendOk(manager, {
      type: 'plans/extend',
      planId: 'plan-dana',
      end: '2026-04-03',
      reason: 'A week lost to the offsite',
    });
    rep.setNow('2026-03-12T15:00:00Z');
    await importOk(rep, await exportText(manager));
    const after = await rep.db.rollups.get('plan-dana');
    // The window grew a week: the cache covers it.
    expect(after?.rollup.to).toBe('2026-04-03');
    expect(after?.computedAt).toBe('2026-03-12T15:00:00.000Z');
  });
});

describe('bundle import refusals', () => {
  it('say it is the bundle file that was refused, for a bad file and for unattributable activity', async () => {
    const env = createTestEnv();
    const malformed = await importBundleText(env, '{"format": "onpace.bundle",');
    expect(malformed).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid bundle file: /) });

    const unattributable = await importBundleText(
      env,
      bundleText({
        plans: [
          samplePlanInput({ id: 'plan-a', rep: { id: 'rep-a', name: 'A' } }),
          samplePlanInput({ id: 'plan-b', rep: { id: 'rep-b', name: 'B' } }),
        ],
        activities: [call('x1', '2026-03-04T15:00:00Z', { ownerId: 'nobody' })],
      }),
    );
    expect(unattributable).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid bundle file: activities\[0\]\.ownerId: /),
    });
  });
});
