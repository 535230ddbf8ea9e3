import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_BRIDGE_ASKERS,
  privacyItem,
  readBridgeAskers,
  readSettings,
  recordBridgeAsker,
  resetSettings,
  writeMyPlanId,
  writeSettings,
} from '../../src/storage/settings';
import { DEFAULT_ALLOWED_ORIGINS, SettingsPatch } from '../../src/storage/settings-schema';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('start at their defaults', async () => {
    expect(await readSettings()).toEqual({
      myPlanId: null,
      discreet: false,
      neutralLabel: 'Plan',
      role: 'rep',
      allowedOrigins: [...DEFAULT_ALLOWED_ORIGINS],
    });
  });

  it('write only what a patch names', async () => {
    await writeSettings({ discreet: true });
    await writeSettings({ neutralLabel: 'Q1 plan', role: 'manager' });
    expect(await readSettings()).toMatchObject({ discreet: true, neutralLabel: 'Q1 plan', role: 'manager' });
  });

  it('fall back to the default when storage holds something malformed', async () => {
    // The raw keys WXT uses for the items: a well-formed value is read...
    await fakeBrowser.storage.local.set({ privacy: { discreet: true, neutralLabel: 'Q1' }, role: 'manager' });
    expect(await readSettings()).toMatchObject({ discreet: true, neutralLabel: 'Q1', role: 'manager' });
    // ...a malformed one is not.
    await fakeBrowser.storage.local.set({ privacy: { discreet: 'yes' }, role: 'boss' });
    expect(await readSettings()).toMatchObject({ discreet: false, neutralLabel: 'Plan', role: 'rep' });
  });

  it('drop the patterns earlier builds allowed (every localhost port) and keep exact approvals', async () => {
    await fakeBrowser.storage.local.set({
      bridgeAllowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*', 'http://localhost:4173'],
    });
    expect((await readSettings()).allowedOrigins).toEqual(['http://localhost:4173']);
  });

  it('are versioned items (WXT keeps a version beside each value for future migrations)', async () => {
    await privacyItem.setValue({ discreet: true, neutralLabel: 'Plan' });
    expect(privacyItem.key).toBe('local:privacy');
    expect(await readSettings()).toMatchObject({ discreet: true });
  });

  it('refuse an approval that is not one exact origin', () => {
    expect(SettingsPatch.safeParse({ allowedOrigins: ['http://localhost:5173'] }).success).toBe(true);
    expect(SettingsPatch.safeParse({ allowedOrigins: ['http://localhost:*'] }).success).toBe(false);
    expect(SettingsPatch.safeParse({ allowedOrigins: ['localhost'] }).success).toBe(false);
    expect(SettingsPatch.safeParse({ allowedOrigins: ['http://localhost/path'] }).success).toBe(false);
  });

  it('remember bridge askers newest first, counted, and capped', async () => {
    await recordBridgeAsker('http://localhost:5173', true, '2026-03-11T10:00:00Z');
    await recordBridgeAsker('http://127.0.0.1:4173', false, '2026-03-11T10:01:00Z');
    await recordBridgeAsker('http://localhost:5173', true, '2026-03-11T10:02:00Z');
    const askers = await readBridgeAskers();
    expect(askers.map((asker) => [asker.origin, asker.count, asker.allowed])).toEqual([
      ['http://localhost:5173', 2, true],
      ['http://127.0.0.1:4173', 1, false],
    ]);
    for (let port = 0; port < MAX_BRIDGE_ASKERS + 5; port++) {
      await recordBridgeAsker(`http://localhost:${3000 + port}`, true, '2026-03-11T11:00:00Z');
    }
    expect(await readBridgeAskers()).toHaveLength(MAX_BRIDGE_ASKERS);
  });

  it('reset to a fresh install', async () => {
    await writeMyPlanId('plan-1');
    await writeSettings({ discreet: true, allowedOrigins: [] });
    await recordBridgeAsker('http://localhost:1', true, '2026-03-11T10:00:00Z');
    await resetSettings();
    expect(await readSettings()).toMatchObject({ myPlanId: null, discreet: false });
    expect((await readSettings()).allowedOrigins).toEqual([...DEFAULT_ALLOWED_ORIGINS]);
    expect(await readBridgeAskers()).toEqual([]);
  });
});
