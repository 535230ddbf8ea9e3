import { browser } from 'wxt/browser';
import { OnPaceDb } from '../storage/db';
import type { SyncHandle } from '../sync/handle';
import type { BackgroundEnv } from './env';
import { createChangeNotifier, OverlayPorts, type PortLike } from './overlay-ports';
import { buildOverlayState } from './overlay-state';
import { type BackgroundEvents, wireBackground } from './wire';

export interface StartedBackground {
  /** The one database connection and change notifier, for the sync to share. */
  readonly env: BackgroundEnv;
  /** Hands the running sync to the protocol's sync and connection requests. */
  attachSync(handle: SyncHandle): void;
}

/** The real background: the extension's database, the clock, and the browser's events. */
export function startBackground(): StartedBackground {
  const ports = new OverlayPorts();
  const notifier = createChangeNotifier(async () => {
    if (ports.size > 0) ports.broadcast(await buildOverlayState(env));
  });
  let sync: SyncHandle | null = null;
  const env: BackgroundEnv = {
    db: new OnPaceDb(),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    version: browser.runtime.getManifest().version,
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    changed: () => notifier.notify(),
    sync: () => sync,
    openOptionsPage: () => browser.runtime.openOptionsPage(),
  };
  const events: BackgroundEvents = {
    onMessage: browser.runtime.onMessage,
    onMessageExternal: browser.runtime.onMessageExternal,
    onConnect: {
      addListener: (callback) => browser.runtime.onConnect.addListener((port) => callback(port as PortLike)),
    },
    onTabRemoved: {
      addListener: (callback) => browser.tabs.onRemoved.addListener((tabId) => callback(tabId)),
    },
    onCommand: {
      addListener: (callback) =>
        browser.commands.onCommand.addListener((command, tab) => callback(command, tab?.id)),
    },
    tabs: {
      query: (filter) => browser.tabs.query(filter),
      sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    },
  };
  wireBackground(events, env, ports);
  return {
    env,
    attachSync: (handle) => {
      sync = handle;
    },
  };
}
