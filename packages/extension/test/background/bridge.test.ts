import { PullResponse } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { handleBridgeMessage } from '../../src/background/bridge';
import { importBundleText } from '../../src/background/import-bundle';
import { addNote } from '../../src/background/notes';
import { isExactOrigin, originAllowed, senderOrigin } from '../../src/background/origins';
import { readBridgeAskers, writeSettings } from '../../src/storage/settings';
import { DEFAULT_ALLOWED_ORIGINS } from '../../src/storage/settings-schema';
import { createTestEnv } from '../support/background-env';
import { totalsFromPlanStart } from '../support/rollup-days';
import { bundleText, call, samplePlanInput } from '../support/sample-plan';

const dashboard = { origin: 'http://127.0.0.1:4173', url: 'http://127.0.0.1:4173/team' };

describe('approved origins', () => {
  it.each([
    ['http://localhost:5173', true],
    ['https://dash.example.com', true],
    ['https://dash.example.com:8443', true],
    ['http://localhost:*', false],
    ['http://localhost:5173/', false],
    ['http://localhost:5173/team', false],
    ['HTTP://LOCALHOST:5173', false],
    ['http://localhost:80', false],
    ['ftp://localhost', false],
    ['not an origin', false],
  ])('%s is an exact origin: %s', (text, expected) => {
    expect(isExactOrigin(text)).toBe(expected);
  });

  it('allows nothing by default', () => {
    expect(DEFAULT_ALLOWED_ORIGINS).toEqual([]);
    expect(originAllowed('http://localhost:4173', DEFAULT_ALLOWED_ORIGINS)).toBe(false);
    expect(originAllowed('http://127.0.0.1:9', DEFAULT_ALLOWED_ORIGINS)).toBe(false);
  });

  it('allows exactly the approved origin: another port or scheme is another page', () => {
    const approved = ['http://localhost:4173'];
    expect(originAllowed('http://localhost:4173', approved)).toBe(true);
    expect(originAllowed('http://localhost:4174', approved)).toBe(false);
    expect(originAllowed('https://localhost:4173', approved)).toBe(false);
    expect(originAllowed('http://127.0.0.1:4173', approved)).toBe(false);
  });

  it('reads the origin from the sender, falling back to its url', () => {
    expect(senderOrigin({ origin: 'http://localhost:1' })).toBe('http://localhost:1');
    expect(senderOrigin({ url: 'http://localhost:2/page?x' })).toBe('http://localhost:2');
    expect(senderOrigin({ origin: 'null', url: 'about:blank' })).toBeNull();
    expect(senderOrigin({})).toBeNull();
  });
});

async function envWithData() {
  const env = createTestEnv();
  const imported = await importBundleText(
    env,
    bundleText({ plans: [samplePlanInput()], activities: [call('c1', '2026-03-02T15:00:00Z')] }),
  );
  if (!imported.ok) throw new Error(imported.error);
  const draft = { planId: 'plan-dana', as: 'manager' as const, tag: 'other' as const, record: null };
  await addNote(env, { ...draft, text: 'Shared words', visibility: 'shared' });
  await addNote(env, { ...draft, text: 'Private words', visibility: 'private' });
  return env;
}

describe('the dashboard bridge', () => {
  it('refuses every origin on a fresh install, sends nothing, and lists the asker for approval', async () => {
    const env = await envWithData();
    for (const origin of ['http://localhost:31337', 'http://127.0.0.1:9', dashboard.origin]) {
      const response = await handleBridgeMessage(env, { type: 'onpace/pull', protocol: 1 }, { origin });
      expect(response).toMatchObject({ ok: false, error: { code: 'origin-not-allowed' } });
      expect(JSON.stringify(response)).not.toContain('plan-dana');
    }
    const hello = await handleBridgeMessage(env, { type: 'onpace/hello', protocol: 1 }, dashboard);
    expect(hello).toMatchObject({ ok: false, error: { code: 'origin-not-allowed' } });
    expect((await readBridgeAskers()).map((asker) => [asker.origin, asker.allowed])).toEqual([
      [dashboard.origin, false],
      ['http://127.0.0.1:9', false],
      ['http://localhost:31337', false],
    ]);
  });

  it('answers once the exact origin is approved, and refuses again once it is revoked', async () => {
    const env = await envWithData();
    const pull = () => handleBridgeMessage(env, { type: 'onpace/pull', protocol: 1 }, dashboard);
    await writeSettings({ allowedOrigins: [dashboard.origin] });
    expect(await pull()).toMatchObject({ ok: true });
    expect(
      await handleBridgeMessage(
        env,
        { type: 'onpace/pull', protocol: 1 },
        { origin: 'http://127.0.0.1:4174' },
      ),
    ).toMatchObject({ ok: false });
    await writeSettings({ allowedOrigins: [] });
    expect(await pull()).toMatchObject({ ok: false, error: { code: 'origin-not-allowed' } });
  });

  it('answers a pull from an allowed origin with the ledgers, plans and rollups, never a private note', async () => {
    const env = await envWithData();
    await writeSettings({ allowedOrigins: [dashboard.origin] });
    const response = PullResponse.parse(
      await handleBridgeMessage(env, { type: 'onpace/pull', protocol: 1 }, dashboard),
    );
    if (!response.ok) throw new Error(response.error.message);
    const { bundle } = response;
    expect(bundle.plans.map((plan) => plan.id)).toEqual(['plan-dana']);
    expect(bundle.activities).toEqual([]);
    expect(bundle.rollups.map((entry) => entry.planId)).toEqual(['plan-dana']);
    expect(totalsFromPlanStart(bundle.rollups[0]?.rollup, bundle.plans[0]?.start ?? '', 'calls')[0]).toBe(1);
    // Shared notes travel as ledger events, exactly as stored (their hashes unchanged).
    const stored = (await env.db.events.toArray()).map((row) => row.event);
    expect(bundle.events).toEqual(expect.arrayContaining(stored));
    expect(bundle.events).toHaveLength(stored.length);
    expect(bundle.events.flatMap((event) => (event.type === 'note.added' ? [event.body.text] : []))).toEqual([
      'Shared words',
    ]);
    expect(bundle.notes).toEqual([]);
    expect(JSON.stringify(bundle)).not.toContain('Private words');
  });

  it('answers hello with the version and plan count', async () => {
    const env = await envWithData();
    await writeSettings({ allowedOrigins: [dashboard.origin] });
    expect(await handleBridgeMessage(env, { type: 'onpace/hello', protocol: 1 }, dashboard)).toEqual({
      ok: true,
      extensionVersion: '0.9.0',
      planCount: 1,
    });
  });

  it('refuses an origin that is not allowed, sends nothing, and remembers that it asked', async () => {
    const env = await envWithData();
    await writeSettings({ allowedOrigins: ['http://localhost:4173'] });
    const response = await handleBridgeMessage(env, { type: 'onpace/pull', protocol: 1 }, dashboard);
    expect(response).toEqual({
      ok: false,
      error: { code: 'origin-not-allowed', message: expect.stringContaining('http://127.0.0.1:4173') },
    });
    expect(JSON.stringify(response)).not.toContain('plan-dana');
    expect(await readBridgeAskers()).toMatchObject([
      { origin: 'http://127.0.0.1:4173', allowed: false, count: 1 },
    ]);
  });

  it('refuses a sender without an origin, and a malformed request', async () => {
    const env = await envWithData();
    await writeSettings({ allowedOrigins: [dashboard.origin] });
    expect(await handleBridgeMessage(env, { type: 'onpace/pull', protocol: 1 }, {})).toMatchObject({
      ok: false,
      error: { code: 'origin-not-allowed' },
    });
    expect(await handleBridgeMessage(env, { type: 'onpace/pull', protocol: 2 }, dashboard)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});
