/**
 * Connects the background's handlers to the browser's events. Kept apart from the entrypoint so
 * tests can wire it to fakes: WXT's fakeBrowser has no onConnect or onMessageExternal.
 */
import type { Browser } from 'wxt/browser';
import { OVERLAY_PORT } from '../messaging/overlay-protocol';
import { writePageRecord } from '../storage/page-records';
import { handleBridgeMessage } from './bridge';
import type { BackgroundEnv } from './env';
import type { OverlayPorts, PortLike } from './overlay-ports';
import { buildOverlayState } from './overlay-state';
import { createRuntimeListener } from './runtime-listener';
import { classifySender, type SenderLike } from './sender';
import { forwardCommand, type TabMessenger } from './toggle-command';

type Listener<Args extends unknown[], Result = void> = {
  addListener(callback: (...args: Args) => Result): void;
};

/** The events the background listens to; `browser.runtime` and `browser.tabs` provide them. */
export interface BackgroundEvents {
  readonly onMessage: Listener<[unknown, Browser.runtime.MessageSender, (response: unknown) => void], true>;
  readonly onMessageExternal: Listener<
    [unknown, Browser.runtime.MessageSender, (response: unknown) => void],
    true
  >;
  readonly onConnect: Listener<[PortLike & { readonly sender?: SenderLike | undefined }]>;
  readonly onTabRemoved: Listener<[number]>;
  readonly onCommand: Listener<[string, number | undefined]>;
  readonly tabs: TabMessenger;
}

export function wireBackground(events: BackgroundEvents, env: BackgroundEnv, ports: OverlayPorts): void {
  events.onMessage.addListener(createRuntimeListener(async () => env));

  events.onMessageExternal.addListener((message, sender, sendResponse) => {
    void handleBridgeMessage(env, message, sender).then(sendResponse);
    return true;
  });

  events.onConnect.addListener((port) => {
    if (port.name !== OVERLAY_PORT) return;
    // Only our content scripts on CRM pages and our own pages may listen to the plan's state.
    const from = classifySender(port.sender ?? {}, { id: env.extensionId, origin: env.extensionOrigin });
    if (from.kind === 'unknown') {
      port.disconnect();
      return;
    }
    ports.add(port);
    void buildOverlayState(env).then(
      (state) => ports.send(port, state),
      (error: unknown) => console.warn('[OnPace] could not build the overlay state', error),
    );
  });

  events.onCommand.addListener((command, tabId) => {
    void forwardCommand(command, tabId, events.tabs);
  });

  // The record a closed tab showed must not be offered to a later popup.
  events.onTabRemoved.addListener((tabId) => {
    void writePageRecord(tabId, null);
  });
}
