import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../src/entrypoints/background';
import { handleRequest } from '../src/messaging/handle-request';
import { BackgroundResponse } from '../src/messaging/protocol';

describe('handleRequest', () => {
  it('answers ping with the version', () => {
    expect(handleRequest({ type: 'ping' }, { version: '1.2.3' })).toEqual({ ok: true, version: '1.2.3' });
  });

  it.each([
    ['an unknown type', { type: 'sync-now' }],
    ['a missing type', {}],
    ['a non-object', 'ping'],
    ['nothing', undefined],
  ])('answers %s with a specific error instead of throwing', (_case, message) => {
    const response = handleRequest(message, { version: '1.2.3' });
    expect(response.ok).toBe(false);
    expect(response).toMatchObject({ error: expect.stringContaining('Invalid OnPace message') });
  });
});

describe('background entrypoint', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'OnPace',
      version: '0.9.0',
    });
    background.main();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers a runtime ping with a response that matches the protocol', async () => {
    const response: unknown = await fakeBrowser.runtime.sendMessage({ type: 'ping' });
    expect(BackgroundResponse.parse(response)).toEqual({ ok: true, version: '0.9.0' });
  });

  it('handles onInstalled without throwing', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(info).toHaveBeenCalledWith('[OnPace] install: version 0.9.0');
  });
});
