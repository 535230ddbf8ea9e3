import type { OnPaceDb } from '../storage/db';
import type { SyncHandle } from '../sync/handle';

/**
 * What the background's handlers need from the world, passed in so that unit tests can run them
 * against fake-indexeddb, WXT's fakeBrowser and a fixed clock.
 */
export interface BackgroundEnv {
  readonly db: OnPaceDb;
  /** The clock: the only place the background reads the time. */
  readonly now: () => Date;
  /** A fresh unique id for a new record (a UUID in the extension). */
  readonly newId: () => string;
  readonly version: string;
  readonly extensionId: string;
  /** `chrome-extension://<id>`: where the extension's own pages live. */
  readonly extensionOrigin: string;
  /** Called after any change the overlay may show; pushes a fresh state on every overlay port. */
  readonly changed: () => void;
  /**
   * The running CRM sync, for "sync now" and the connection checks. A getter, because the sync
   * is started after this env (it shares the env's database and notifier); null until then.
   */
  readonly sync: () => SyncHandle | null;
  /** Opens the options page in a tab (runtime.openOptionsPage in the extension). */
  readonly openOptionsPage: () => Promise<void>;
}

export function nowIso(env: Pick<BackgroundEnv, 'now'>): string {
  return env.now().toISOString();
}
