import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundEnv } from '../../src/background/env';
import { OnPaceDb } from '../../src/storage/db';
import type { SyncHandle } from '../../src/sync/handle';

export const TEST_EXTENSION_ID = fakeBrowser.runtime.id;
export const TEST_EXTENSION_ORIGIN = `chrome-extension://${TEST_EXTENSION_ID}`;

/** Sender of a message from the extension's own options page. */
export const PAGE_SENDER = { id: TEST_EXTENSION_ID, url: `${TEST_EXTENSION_ORIGIN}/options.html` };
/** Sender of a message from the content script on a HubSpot deal in tab 7. */
export const HUBSPOT_SENDER = {
  id: TEST_EXTENSION_ID,
  url: 'https://app.hubspot.com/contacts/123/record/0-3/456',
  tab: { id: 7 },
};

export interface TestEnv extends BackgroundEnv {
  /** Moves the test clock. */
  setNow(iso: string): void;
  /** How many times a change was announced. */
  readonly changes: () => number;
  /** Attaches a sync (none by default: the sync requests then answer that it is not running). */
  setSync(handle: SyncHandle | null): void;
  /** How many times the options page was asked to open. */
  readonly optionsOpened: () => number;
}

let databases = 0;

/**
 * A background environment on a fresh fake-indexeddb database, WXT's in-memory storage (reset
 * here) and a clock the test sets. Ids count up, so tests can predict them.
 */
export function createTestEnv(nowIso = '2026-03-11T15:00:00Z'): TestEnv {
  fakeBrowser.reset();
  let now = new Date(nowIso);
  let ids = 0;
  let changes = 0;
  let sync: SyncHandle | null = null;
  let optionsOpened = 0;
  databases++;
  return {
    db: new OnPaceDb(`onpace-test-${databases}-${Math.random().toString(36).slice(2)}`),
    now: () => new Date(now.getTime()),
    newId: () => `id${++ids}`,
    version: '0.9.0',
    extensionId: TEST_EXTENSION_ID,
    extensionOrigin: TEST_EXTENSION_ORIGIN,
    changed: () => {
      changes++;
    },
    setNow(iso) {
      now = new Date(iso);
    },
    changes: () => changes,
    sync: () => sync,
    setSync(handle) {
      sync = handle;
    },
    openOptionsPage: async () => {
      optionsOpened++;
    },
    optionsOpened: () => optionsOpened,
  };
}
