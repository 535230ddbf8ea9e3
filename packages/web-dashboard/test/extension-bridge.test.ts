import { hashEvent } from '@onpace/core/ledger';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { ONPACE_EXTENSION_ID } from '../src/config/extension';
import { type ExternalRuntime, pageRuntime, pullFromExtension } from '../src/data/extension-bridge';
import { sampleBundle, sampleEventCount } from './fixtures';
import { ledgerBundle } from './ledger-fixture';

/** A stand-in for `chrome.runtime` as a web page sees it, answering like Chrome does. */
function fakeRuntime(
  answer: (id: string, message: unknown) => { response?: unknown; error?: string } | 'never',
) {
  const sent: { id: string; message: unknown }[] = [];
  const runtime: ExternalRuntime & { lastError?: { message: string } | undefined; sent: typeof sent } = {
    sent,
    lastError: undefined,
    sendMessage(id, message, callback) {
      sent.push({ id, message });
      const result = answer(id, message);
      if (result === 'never') return;
      setTimeout(() => {
        runtime.lastError = result.error === undefined ? undefined : { message: result.error };
        callback(result.response);
        runtime.lastError = undefined;
      }, 1);
    },
  };
  return runtime;
}

const bundle = {
  format: BUNDLE_FORMAT,
  version: BUNDLE_VERSION,
  exportedAt: '2026-11-18T22:00:00Z',
  plans: [],
  rollups: [],
};

describe('pullFromExtension', () => {
  it('is "not connected" when the page has no chrome.runtime', async () => {
    expect(pageRuntime({})).toBeNull();
    expect(pageRuntime({ chrome: {} })).toBeNull();
    await expect(pullFromExtension(null)).resolves.toEqual({ kind: 'not-connected' });
  });

  it('is "not connected" when Chrome says the receiving end does not exist', async () => {
    const runtime = fakeRuntime(() => ({
      error: 'Could not establish connection. Receiving end does not exist.',
    }));
    await expect(pullFromExtension(runtime)).resolves.toEqual({ kind: 'not-connected' });
  });

  it('sends core’s pull request to the configured extension id and returns the checked bundle', async () => {
    const runtime = fakeRuntime(() => ({ response: { ok: true, bundle } }));
    const result = await pullFromExtension(runtime);
    expect(runtime.sent).toEqual([
      { id: ONPACE_EXTENSION_ID, message: { type: 'onpace/pull', protocol: 1 } },
    ]);
    expect(result.kind).toBe('pulled');
    if (result.kind === 'pulled') expect(result.bundle.format).toBe(BUNDLE_FORMAT);
  });

  it('says it waits for approval when the extension refuses this origin', async () => {
    const runtime = fakeRuntime(() => ({
      response: { ok: false, error: { code: 'origin-not-allowed', message: 'approve it first' } },
    }));
    await expect(pullFromExtension(runtime, 1_000, 'http://localhost:4173')).resolves.toEqual({
      kind: 'not-approved',
      origin: 'http://localhost:4173',
    });
  });

  it('passes on any other refusal of the extension', async () => {
    const runtime = fakeRuntime(() => ({
      response: { ok: false, error: { code: 'unavailable', message: 'OnPace could not read its data' } },
    }));
    await expect(pullFromExtension(runtime)).resolves.toEqual({
      kind: 'failed',
      message: 'OnPace could not read its data',
    });
  });

  it('refuses an answer that repeats a plan id, as it would a file', async () => {
    const plan = {
      id: 'p1',
      title: 'Plan',
      rep: { id: 'r1', name: 'Riley' },
      timeZone: 'Europe/Berlin',
      start: '2026-11-02',
      end: '2026-11-27',
      targets: [{ id: 't1', metric: 'calls', cadence: 'daily', goal: 5 }],
    };
    const runtime = fakeRuntime(() => ({
      response: { ok: true, bundle: { ...bundle, plans: [plan, plan] } },
    }));
    const result = await pullFromExtension(runtime);
    expect(result.kind).toBe('failed');
    if (result.kind === 'failed') expect(result.message).toContain('plans[1].id: duplicates plans[0].id');
  });

  it('names the bad field of an invalid answer', async () => {
    const runtime = fakeRuntime(() => ({
      response: { ok: true, bundle: { ...bundle, exportedAt: 'yesterday' } },
    }));
    const result = await pullFromExtension(runtime);
    expect(result.kind).toBe('failed');
    if (result.kind === 'failed') expect(result.message).toContain('exportedAt');
  });

  it('gives up quietly when the extension never answers', async () => {
    const runtime = fakeRuntime(() => 'never');
    await expect(pullFromExtension(runtime, 20)).resolves.toEqual({
      kind: 'failed',
      message: 'the extension did not answer',
    });
  });

  it('takes a version 2 answer with its ledger events as they were written', async () => {
    const sent = ledgerBundle();
    const runtime = fakeRuntime(() => ({ response: { ok: true, bundle: sent } }));
    const result = await pullFromExtension(runtime);
    expect(result.kind).toBe('pulled');
    if (result.kind !== 'pulled') return;
    expect(result.fromVersion1).toBe(false);
    expect(result.bundle.events.map(hashEvent)).toEqual((sent.events ?? []).map(hashEvent));
  });

  it('migrates a version 1 answer of an older extension into events', async () => {
    const sent = { ...sampleBundle(), version: 1 };
    const runtime = fakeRuntime(() => ({ response: { ok: true, bundle: sent } }));
    const result = await pullFromExtension(runtime);
    expect(result.kind === 'pulled' && result.fromVersion1).toBe(true);
    if (result.kind === 'pulled') expect(result.bundle.events.length).toBe(sampleEventCount());
  });

  it('names the bad field of an event in the answer, under bundle', async () => {
    const sent = ledgerBundle();
    const events = structuredClone(sent.events ?? []) as { seq: unknown }[];
    if (events[2]) events[2].seq = 0;
    const runtime = fakeRuntime(() => ({ response: { ok: true, bundle: { ...sent, events } } }));
    const result = await pullFromExtension(runtime);
    expect(result.kind === 'failed' && result.message).toContain('bundle.events[2].seq');
  });
});
