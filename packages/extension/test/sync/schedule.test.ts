import { describe, expect, it } from 'vitest';
import type { SyncReport, SyncRunOptions } from '../../src/sync/engine';
import {
  type AlarmsLike,
  createScheduler,
  type OpenCrmTabs,
  RESUME_ALARM,
  SYNC_ALARM,
} from '../../src/sync/schedule';

function fakeAlarms() {
  const alarms = new Map<string, { when?: number; periodInMinutes?: number }>();
  let listener: ((alarm: { name: string }) => void) | undefined;
  const api: AlarmsLike = {
    get: async (name) => (alarms.has(name) ? { name } : undefined),
    create: async (name, info) => {
      alarms.set(name, info);
    },
    onAlarm: {
      addListener: (callback) => {
        listener = callback;
      },
    },
  };
  return { api, alarms, fire: (name: string) => listener?.({ name }) };
}

function report(retryAt: string | null = null): SyncReport {
  return {
    trigger: 'schedule',
    startedAt: '',
    finishedAt: '',
    results: [],
    requests: { salesforce: 0, hubspot: 0 },
    retryAt,
  };
}

async function settle(): Promise<void> {
  for (let index = 0; index < 5; index++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the sync schedule', () => {
  const setup = (tabs: OpenCrmTabs, retryAt: string | null = null) => {
    const alarms = fakeAlarms();
    const runs: SyncRunOptions[] = [];
    const scheduler = createScheduler({
      alarms: alarms.api,
      openCrmTabs: async () => tabs,
      run: async (options) => {
        runs.push(options);
        return report(retryAt);
      },
      now: () => Date.parse('2026-03-11T15:00:00Z'),
    });
    scheduler.listen();
    return { alarms, runs, scheduler };
  };

  it('keeps one periodic alarm, created once', async () => {
    const { alarms, scheduler } = setup({ salesforceApiHosts: [], hubspot: false });
    await scheduler.ensureAlarm();
    alarms.alarms.set(SYNC_ALARM, { periodInMinutes: 10, when: 1 });
    await scheduler.ensureAlarm();
    expect(alarms.alarms.get(SYNC_ALARM)).toEqual({ periodInMinutes: 10, when: 1 });
  });

  it('syncs on the alarm only the CRMs open in a tab, and nothing when none is', async () => {
    const open = setup({ salesforceApiHosts: ['acme.my.salesforce.com'], hubspot: false });
    open.alarms.fire(SYNC_ALARM);
    await settle();
    expect(open.runs).toEqual([{ trigger: 'schedule', sources: ['salesforce'] }]);

    const closed = setup({ salesforceApiHosts: [], hubspot: false });
    closed.alarms.fire(SYNC_ALARM);
    await settle();
    expect(closed.runs).toEqual([]);
  });

  it('sets a one-shot alarm for a sync that must wait, and resumes on it', async () => {
    const { alarms, runs, scheduler } = setup(
      { salesforceApiHosts: [], hubspot: true },
      '2026-03-11T15:02:00.000Z',
    );
    await scheduler.run({ trigger: 'manual' });
    expect(alarms.alarms.get(RESUME_ALARM)).toEqual({ when: Date.parse('2026-03-11T15:02:00Z') });
    alarms.fire(RESUME_ALARM);
    await settle();
    expect(runs.at(-1)).toEqual({ trigger: 'resume' });
  });
});
