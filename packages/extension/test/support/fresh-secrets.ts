/**
 * Every test starts without a saved secret, as every test starts with WXT's in-memory storage
 * reset: secrets live in their own IndexedDB database (fake-indexeddb here), which
 * `fakeBrowser.reset()` does not touch.
 */
import { beforeEach } from 'vitest';
// Not through sync/settings.ts: a setup file must not load WXT's storage before its fake browser.
import { defineSecret } from '../../src/storage/secrets';

beforeEach(async () => {
  await defineSecret('hubspotToken').removeValue();
});
