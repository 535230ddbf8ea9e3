/**
 * The feature registry: explicit registration, isolation (a throwing feature is attributed
 * and contained, the others still run), lifetimes and page predicates.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hubspotAdapter } from '../../src/crm-adapters/hubspot/adapter';
import type { CrmPage } from '../../src/crm-adapters/types';
import { OVERLAY_FEATURES } from '../../src/overlay/features';
import type { FeatureEnv, OverlayFeature } from '../../src/overlay/runtime/feature';
import { FeatureRegistry } from '../../src/overlay/runtime/registry';
import { createOverlayStore } from '../../src/overlay/store';

const RECORD: CrmPage = { crm: 'hubspot', kind: 'record', objectType: 'deal', recordId: '1' };

function env(page: CrmPage = RECORD, signal = new AbortController().signal): FeatureEnv {
  return {
    signal,
    page,
    url: new URL('https://app.hubspot.com/contacts/1/record/0-3/1'),
    document: {} as Document,
    adapter: hubspotAdapter,
    store: createOverlayStore('hubspot', page),
    client: { send: async () => ({ ok: false, error: 'test' }) },
    isInvalid: () => false,
  };
}

const feature = (
  id: string,
  init: OverlayFeature['init'],
  more: Partial<OverlayFeature> = {},
): OverlayFeature => ({
  id,
  lifetime: 'page',
  init,
  ...more,
});

afterEach(() => vi.restoreAllMocks());

describe('FeatureRegistry', () => {
  it('a feature that throws is reported by id and the others still run', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ran: string[] = [];
    const registry = new FeatureRegistry().register(
      feature('sync-throw', () => {
        throw new TypeError('boom');
      }),
      feature('async-reject', async () => {
        await Promise.resolve();
        throw new Error('later');
      }),
      feature('fine', () => {
        ran.push('fine');
      }),
    );
    await expect(registry.run('page', env())).resolves.toBeUndefined();
    expect(ran).toEqual(['fine']);
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      '[OnPace] feature "sync-throw" failed: TypeError: boom',
      '[OnPace] feature "async-reject" failed: Error: later',
    ]);
  });

  it('work cut short by a navigation is not reported', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const controller = new AbortController();
    const registry = new FeatureRegistry().register(
      feature('slow', async () => {
        controller.abort();
        throw new DOMException('aborted', 'AbortError');
      }),
    );
    await registry.run('page', env(RECORD, controller.signal));
    expect(warn).not.toHaveBeenCalled();
  });

  it('runs only the features of the lifetime asked for, on the pages they include', async () => {
    const ran: string[] = [];
    const registry = new FeatureRegistry().register(
      feature('once', () => void ran.push('once'), { lifetime: 'script' }),
      feature('records-only', () => void ran.push('records-only'), {
        include: (page) => page.kind === 'record',
      }),
      feature('everywhere', () => void ran.push('everywhere')),
    );
    await registry.run('page', env({ crm: 'hubspot', kind: 'list', objectType: 'deal' }));
    expect(ran).toEqual(['everywhere']);
    await registry.run('script', env());
    expect(ran).toEqual(['everywhere', 'once']);
  });

  it('refuses a duplicate id', () => {
    const one = feature('dup', () => undefined);
    expect(() => new FeatureRegistry().register(one, one)).toThrow(/"dup" is registered twice/);
  });

  it('the shipped feature list is explicit and has unique ids', () => {
    const registry = new FeatureRegistry().register(...OVERLAY_FEATURES);
    expect(registry.ids).toEqual([
      'badge-position',
      'live-state',
      'toggle-command',
      'placement',
      'record-context',
    ]);
  });
});
