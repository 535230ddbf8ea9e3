import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { logManualActivity } from '../../src/background/manual-activity';
import { createChangeNotifier, OverlayPorts, type PortLike } from '../../src/background/overlay-ports';
import { buildOverlayState } from '../../src/background/overlay-state';
import { savePlan } from '../../src/background/plans';
import { type BackgroundEvents, wireBackground } from '../../src/background/wire';
import background from '../../src/entrypoints/background';
import { OverlayPush } from '../../src/messaging/overlay-protocol';
import { readPageRecord, writePageRecord } from '../../src/storage/page-records';
import { createTestEnv, HUBSPOT_SENDER, PAGE_SENDER, type TestEnv } from '../support/background-env';
import { samplePlanInput } from '../support/sample-plan';

type Callback = (...args: never[]) => unknown;

/** An event whose listeners the test calls. */
function fakeEvent<C extends Callback>() {
  const listeners: C[] = [];
  return { addListener: (callback: C) => listeners.push(callback), listeners };
}

function fakePort(sender: object) {
  const received: unknown[] = [];
  const onDisconnect = fakeEvent<() => void>();
  const port: PortLike & { sender: object } = {
    name: 'overlay',
    sender,
    postMessage: (message) => received.push(message),
    disconnect: vi.fn(),
    onDisconnect,
  };
  return { port, received, onDisconnect };
}

function wired(env: TestEnv) {
  const ports = new OverlayPorts();
  const notifier = createChangeNotifier(async () => ports.broadcast(await buildOverlayState(env)));
  const liveEnv = { ...env, changed: () => notifier.notify() };
  const events = {
    onMessage: fakeEvent(),
    onMessageExternal: fakeEvent(),
    onConnect: fakeEvent(),
    onTabRemoved: fakeEvent(),
    onCommand: fakeEvent(),
    tabs: {
      query: vi.fn(async () => [{ id: 5 }]),
      sendMessage: vi.fn(async () => undefined),
    },
  };
  wireBackground(events as unknown as BackgroundEvents, liveEnv, ports);
  return { ports, notifier, liveEnv, events };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('wireBackground', () => {
  it('pushes the state on connect, and again on every connected overlay port after a change', async () => {
    const env = createTestEnv();
    const { ports, notifier, liveEnv, events } = wired(env);
    const first = fakePort(HUBSPOT_SENDER);
    const second = fakePort({ ...HUBSPOT_SENDER, tab: { id: 8 } });
    for (const listener of events.onConnect.listeners) {
      listener(first.port as never);
      listener(second.port as never);
    }
    await settle();
    expect(ports.size).toBe(2);
    expect(OverlayPush.parse(first.received[0]).state.plan).toBeNull();

    await savePlan(liveEnv, 'create', samplePlanInput());
    await logManualActivity(liveEnv, { metric: 'calls' });
    await notifier.settled();
    for (const { received } of [first, second]) {
      const last = OverlayPush.parse(received.at(-1));
      expect(last.state.plan?.targets[0]?.current?.actual).toBe(1);
    }

    // A closed tab's port is forgotten.
    for (const listener of first.onDisconnect.listeners) listener();
    expect(ports.size).toBe(1);
  });

  it('disconnects a port from a page that is not a CRM page or ours', async () => {
    const { ports, events } = wired(createTestEnv());
    const stranger = fakePort({ id: fakeBrowser.runtime.id, url: 'https://example.com/', tab: { id: 2 } });
    for (const listener of events.onConnect.listeners) listener(stranger.port as never);
    await settle();
    expect(stranger.port.disconnect).toHaveBeenCalled();
    expect(ports.size).toBe(0);
  });

  it('answers runtime messages through sendResponse, and external ones through the bridge', async () => {
    const { events } = wired(createTestEnv());
    const answer = await new Promise((resolve) => {
      for (const listener of events.onMessage.listeners)
        listener({ type: 'ping' } as never, PAGE_SENDER as never, resolve as never);
    });
    expect(answer).toEqual({ ok: true, version: '0.9.0' });
    const external = await new Promise((resolve) => {
      for (const listener of events.onMessageExternal.listeners) {
        listener(
          { type: 'onpace/hello', protocol: 1 } as never,
          { origin: 'https://evil.test' } as never,
          resolve as never,
        );
      }
    });
    expect(external).toMatchObject({ ok: false, error: { code: 'origin-not-allowed' } });
  });

  it('forgets the record of a closed tab', async () => {
    const { events } = wired(createTestEnv());
    const record = { crm: 'hubspot' as const, objectType: 'deal', id: '1', url: HUBSPOT_SENDER.url };
    await writePageRecord(7, record);
    for (const listener of events.onTabRemoved.listeners) listener(7 as never);
    await settle();
    expect(await readPageRecord(7)).toBeNull();
  });
});

describe('the toggle-overlay command', () => {
  it('is forwarded to the tab it was pressed in, or else the active tab', async () => {
    const { events } = wired(createTestEnv());
    for (const listener of events.onCommand.listeners) listener('toggle-overlay' as never, 3 as never);
    for (const listener of events.onCommand.listeners)
      listener('toggle-overlay' as never, undefined as never);
    for (const listener of events.onCommand.listeners) listener('something-else' as never, 3 as never);
    await settle();
    expect(events.tabs.sendMessage.mock.calls).toEqual([
      [3, { type: 'overlay/toggle' }],
      [5, { type: 'overlay/toggle' }],
    ]);
  });

  it('does not fail on a tab without the overlay', async () => {
    const { events } = wired(createTestEnv());
    events.tabs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    for (const listener of events.onCommand.listeners) listener('toggle-overlay' as never, 3 as never);
    await settle();
    expect(events.tabs.sendMessage).toHaveBeenCalledTimes(1);
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
    // fakeBrowser implements neither; the entrypoint must still start with them present.
    Object.assign(fakeBrowser.runtime, {
      onConnect: { addListener: vi.fn() },
      onMessageExternal: { addListener: vi.fn() },
    });
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: vi.fn() } } });
    background.main();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('listens for runtime messages and refuses one whose sender it cannot identify', async () => {
    // fakeBrowser's sendMessage passes an empty sender: not provably one of ours, so refused.
    const response = await fakeBrowser.runtime.sendMessage({ type: 'ping' });
    expect(response).toMatchObject({ ok: false, code: 'forbidden' });
    expect(fakeBrowser.runtime.onConnect.addListener).toHaveBeenCalled();
    expect(fakeBrowser.runtime.onMessageExternal.addListener).toHaveBeenCalled();
  });

  it('handles onInstalled without throwing', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(info).toHaveBeenCalledWith('[OnPace] install: version 0.9.0');
  });
});
