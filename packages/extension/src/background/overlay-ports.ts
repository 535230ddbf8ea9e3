/**
 * The overlays' live connections. Each content script holds a `runtime.connect({ name: 'overlay' })`
 * port; after any change the background computes the state once and pushes it on every port, so
 * every open CRM tab updates within milliseconds, without polling.
 */
import { OVERLAY_PORT, type OverlayPush, type OverlayState } from '../messaging/overlay-protocol';

/** The part of `runtime.Port` the registry uses. */
export interface PortLike {
  readonly name: string;
  postMessage(message: OverlayPush): void;
  disconnect(): void;
  readonly onDisconnect: { addListener(callback: () => void): void };
}

export class OverlayPorts {
  readonly #ports = new Set<PortLike>();

  get size(): number {
    return this.#ports.size;
  }

  add(port: PortLike): void {
    this.#ports.add(port);
    port.onDisconnect.addListener(() => this.#ports.delete(port));
  }

  /** Sends to one port; a port whose tab went away is dropped instead of failing the others. */
  send(port: PortLike, state: OverlayState): void {
    try {
      port.postMessage({ type: 'overlay/state', state });
    } catch {
      this.#ports.delete(port);
    }
  }

  broadcast(state: OverlayState): void {
    for (const port of [...this.#ports]) this.send(port, state);
  }
}

export function isOverlayPort(port: { readonly name: string }): boolean {
  return port.name === OVERLAY_PORT;
}

/**
 * Coalesces change notifications: several writes in one task push one state. `settled()` lets
 * tests wait for the push.
 */
export function createChangeNotifier(push: () => Promise<void>): {
  notify(): void;
  settled(): Promise<void>;
} {
  let pending: Promise<void> | null = null;
  let last: Promise<void> = Promise.resolve();
  return {
    notify() {
      if (pending) return;
      pending = Promise.resolve()
        .then(push)
        .catch((error: unknown) => console.warn('[OnPace] could not update the overlays', error))
        .finally(() => {
          pending = null;
        });
      last = pending;
    },
    settled: () => pending ?? last,
  };
}
