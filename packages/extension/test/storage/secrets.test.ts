import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearSyncSettings,
  hubspotTokenItem,
  moveLegacySecrets,
  readHubSpotCredentials,
} from '../../src/sync/settings';

const TOKEN = 'pat-na1-00000000-0000-4000-8000-000000000000';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the HubSpot token', () => {
  it('is kept outside chrome.storage.local, which content scripts can read', async () => {
    await hubspotTokenItem.setValue(TOKEN);
    expect(await hubspotTokenItem.getValue()).toBe(TOKEN);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(TOKEN);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(TOKEN);
  });

  it('moves out of chrome.storage.local when an earlier build left it there', async () => {
    await fakeBrowser.storage.local.set({ hubspotToken: TOKEN, hubspotEmail: 'rep@example.com' });
    await moveLegacySecrets();
    expect(await fakeBrowser.storage.local.get('hubspotToken')).toEqual({});
    expect(await readHubSpotCredentials()).toEqual({ token: TOKEN, email: 'rep@example.com' });
  });

  it('keeps a token saved since over the one left behind, and removes the one left behind', async () => {
    await hubspotTokenItem.setValue(TOKEN);
    await fakeBrowser.storage.local.set({ hubspotToken: 'pat-na1-old' });
    await moveLegacySecrets();
    expect(await hubspotTokenItem.getValue()).toBe(TOKEN);
    expect(await fakeBrowser.storage.local.get('hubspotToken')).toEqual({});
  });

  it('is removed by "delete all my data", wherever it was kept', async () => {
    await hubspotTokenItem.setValue(TOKEN);
    await fakeBrowser.storage.local.set({ hubspotToken: 'pat-na1-old' });
    await clearSyncSettings();
    expect(await hubspotTokenItem.getValue()).toBeNull();
    expect(await fakeBrowser.storage.local.get('hubspotToken')).toEqual({});
  });
});
