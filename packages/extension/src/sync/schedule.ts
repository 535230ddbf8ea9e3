/**
 * When the sync runs in the extension: every SYNC_PERIOD_MINUTES while the user has the CRM open
 * in a tab (a `chrome.alarms` alarm survives the worker stopping; a timer would not), when a
 * stopped sync may go on (a one-shot alarm at its `retryAt`, and at every worker start), and on
 * demand. Browser APIs come in as small interfaces so this runs under test with fakes.
 */
import type { SyncReport, SyncRunOptions } from './engine';
import type { SyncSource } from './state';

export const SYNC_ALARM = 'onpace-sync';
export const RESUME_ALARM = 'onpace-sync-resume';
/** The store lets alarms fire at most every 30 s; ten minutes keeps figures fresh and calls few. */
export const SYNC_PERIOD_MINUTES = 10;

export interface AlarmsLike {
  get(name: string): Promise<{ name: string } | undefined>;
  create(
    name: string,
    info: { when: number } | { periodInMinutes: number; delayInMinutes: number },
  ): Promise<void>;
  readonly onAlarm: { addListener(callback: (alarm: { name: string }) => void): void };
}

export interface OpenCrmTabs {
  /** My Domain hosts of the Salesforce orgs open in tabs, most recently used first. */
  readonly salesforceApiHosts: readonly string[];
  readonly hubspot: boolean;
}

export interface SchedulerDeps {
  readonly alarms: AlarmsLike;
  readonly openCrmTabs: () => Promise<OpenCrmTabs>;
  readonly run: (options: SyncRunOptions) => Promise<SyncReport>;
  readonly now: () => number;
  readonly log?: (message: string) => void;
}

export interface Scheduler {
  /** Registers the alarm listener: call synchronously at worker start (MV3 delivers events only then). */
  listen(): void;
  /** Creates the periodic alarm unless it exists (re-creating it would push its next run back). */
  ensureAlarm(): Promise<void>;
  run(options: SyncRunOptions): Promise<SyncReport>;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const run = async (options: SyncRunOptions): Promise<SyncReport> => {
    const report = await deps.run(options);
    if (report.retryAt !== null) {
      // Never in the past: an alarm due now fires at once, and a second before is enough.
      const when = Math.max(Date.parse(report.retryAt), deps.now() + 1_000);
      await deps.alarms.create(RESUME_ALARM, { when });
    }
    return report;
  };

  const scheduled = async (): Promise<void> => {
    const tabs = await deps.openCrmTabs();
    const sources: SyncSource[] = [];
    if (tabs.salesforceApiHosts.length > 0) sources.push('salesforce');
    if (tabs.hubspot) sources.push('hubspot');
    // Nobody is working in a CRM: nothing to show, so nothing to ask for.
    if (sources.length === 0) return;
    await run({ trigger: 'schedule', sources });
  };

  const report = (what: string) => (error: unknown) =>
    deps.log?.(`[OnPace] ${what} failed: ${error instanceof Error ? error.message : String(error)}`);

  return {
    listen() {
      deps.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === SYNC_ALARM) void scheduled().catch(report('scheduled sync'));
        if (alarm.name === RESUME_ALARM) void run({ trigger: 'resume' }).catch(report('resumed sync'));
      });
    },
    async ensureAlarm() {
      if ((await deps.alarms.get(SYNC_ALARM)) === undefined) {
        await deps.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: 1 });
      }
    },
    run,
  };
}
