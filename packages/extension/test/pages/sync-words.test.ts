import { formatInstant } from '@onpace/core/present';
import { describe, expect, it } from 'vitest';
import type { SourceStatus, SyncStatusView } from '../../src/messaging/sync-views';
import { apiUsageWords, popupSyncLine, syncNowWords } from '../../src/pages/sync-words';

function source<S extends SourceStatus['source']>(name: S, fields: Partial<SourceStatus> = {}) {
  return {
    source: name,
    state: 'off',
    lastSyncedAt: null,
    fault: null,
    notice: null,
    apiUsage: null,
    ...fields,
  } as const;
}

function status(salesforce: Partial<SourceStatus> = {}, hubspot: Partial<SourceStatus> = {}): SyncStatusView {
  return {
    salesforce: { ...source('salesforce', salesforce), apiHost: null },
    hubspot: { ...source('hubspot', hubspot), tokenSet: true, email: null },
  };
}

describe('the popup sync line', () => {
  it('is absent when no CRM syncs in this browser', () => {
    expect(popupSyncLine(status())).toBeNull();
  });

  it('names the CRMs and the newest sync', () => {
    const line = popupSyncLine(
      status(
        { state: 'ok', lastSyncedAt: '2026-03-11T14:05:00.000Z' },
        { state: 'ok', lastSyncedAt: '2026-03-11T14:07:00.000Z' },
      ),
    );
    expect(line).toEqual({
      kind: 'ok',
      text: `Synced from Salesforce and HubSpot · ${formatInstant('2026-03-11T14:07:00.000Z')}`,
    });
  });

  it('gives the fault’s words instead, for each CRM in trouble', () => {
    const fault = {
      code: 'session-expired',
      message: 'Salesforce session expired — reload the Salesforce tab.',
      at: '2026-03-11T14:00:00.000Z',
      retryAt: null,
    };
    expect(
      popupSyncLine(
        status({ state: 'attention', fault }, { state: 'ok', lastSyncedAt: '2026-03-11T14:07:00.000Z' }),
      ),
    ).toEqual({
      kind: 'attention',
      messages: ['Salesforce session expired — reload the Salesforce tab.'],
    });
  });
});

describe('sync words', () => {
  it('says API usage per CRM in its own span', () => {
    const usage = { used: 1234, max: 15000, at: '2026-03-11T14:00:00.000Z' };
    expect(apiUsageWords('salesforce', usage)).toMatch(
      /^API usage: 1.234 of 15.000 calls in the last 24 hours$/,
    );
    expect(apiUsageWords('hubspot', usage)).toMatch(/today$/);
    expect(apiUsageWords('hubspot', null)).toBeNull();
  });

  it('says what sync now did', () => {
    const base = { ok: true, plans: 1, records: 1, written: 0, requests: 3 } as const;
    expect(syncNowWords({ ...base, source: 'hubspot', outcome: 'synced', message: null })).toBe(
      'HubSpot: synced — 1 record read, 0 activities new or changed.',
    );
    expect(
      syncNowWords({
        ...base,
        source: 'salesforce',
        ok: false,
        outcome: 'fault',
        message: 'Salesforce session expired.',
      }),
    ).toBe('Salesforce session expired.');
    expect(
      syncNowWords({ ...base, source: 'salesforce', outcome: 'skipped', message: 'No plan to sync.' }),
    ).toBe('Salesforce: No plan to sync.');
  });
});
