/**
 * The sync engine: which plans, which CRMs, one run at a time. Everything it touches comes in
 * through `SyncEngineDeps` (store, clock, connectors, scope), so the same engine runs in the
 * extension's worker, in Node unit tests against the fake CRM, and in the benchmark.
 */
import type { SyncClock } from './clock';
import type { Connector } from './connector';
import type { CrmHttp } from './http';
import { plansToSync, type SyncScope } from './plan-scope';
import { type SourceOutcome, syncPlanSource } from './run-source';
import type { SyncSource } from './state';
import type { SyncStore } from './store';
import type { UsageTracker } from './usage';

export type SyncTrigger = 'schedule' | 'resume' | 'manual';

export interface SyncRunOptions {
  readonly trigger: SyncTrigger;
  /** The CRMs to sync (default: every connector). Scheduled runs name those with a tab open. */
  readonly sources?: readonly SyncSource[];
  readonly planIds?: readonly string[];
}

export interface SyncResult {
  readonly planId: string;
  readonly source: SyncSource;
  readonly outcome: SourceOutcome | { readonly kind: 'error'; readonly message: string };
}

export interface SyncReport {
  readonly trigger: SyncTrigger;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly results: readonly SyncResult[];
  /** Requests sent during the run, per CRM (retries included). */
  readonly requests: Readonly<Record<SyncSource, number>>;
  /** The earliest moment a stopped sync wants to go on (a long rate-limit wait, a daily limit). */
  readonly retryAt: string | null;
}

export interface SyncEngineDeps {
  readonly store: SyncStore;
  readonly clock: SyncClock;
  readonly http: CrmHttp;
  readonly usage: UsageTracker;
  readonly connectors: readonly Connector[];
  /** The user's role and own plan (settings). */
  readonly scope: () => Promise<SyncScope>;
  readonly fullResyncEveryMs?: number;
  readonly lookbackMs?: number;
}

export class SyncEngine {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SyncEngineDeps) {}

  /**
   * Runs a sync after any run in progress: two runs never interleave their pages, so a "sync
   * now" during a scheduled run simply follows it (and finds little left to read).
   */
  run(options: SyncRunOptions): Promise<SyncReport> {
    const next = this.tail.then(
      () => this.runOnce(options),
      () => this.runOnce(options),
    );
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async runOnce(options: SyncRunOptions): Promise<SyncReport> {
    const { deps } = this;
    const startedMs = deps.clock.now();
    const before = { salesforce: deps.http.requests('salesforce'), hubspot: deps.http.requests('hubspot') };
    const scoped = plansToSync(await deps.store.readPlans(), await deps.scope()).filter(
      ({ plan }) => options.planIds === undefined || options.planIds.includes(plan.id),
    );
    const connectors = deps.connectors.filter(
      (connector) => options.sources === undefined || options.sources.includes(connector.source),
    );
    const results: SyncResult[] = [];
    for (const entry of scoped) {
      for (const connector of connectors) {
        let outcome: SyncResult['outcome'];
        try {
          outcome = await syncPlanSource(deps, connector, entry, {
            force: options.trigger === 'manual',
            onlyPending: options.trigger === 'resume',
          });
        } catch (error) {
          // A storage failure or a bug: the plan's last commit stands, the next run resumes.
          outcome = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
        }
        results.push({ planId: entry.plan.id, source: connector.source, outcome });
      }
    }
    const retryTimes = results.flatMap(({ outcome }) => {
      if (outcome.kind === 'fault' && outcome.fault.retryAt !== null) return [outcome.fault.retryAt];
      if (outcome.kind === 'waiting') return [outcome.until];
      return [];
    });
    return {
      trigger: options.trigger,
      startedAt: new Date(startedMs).toISOString(),
      finishedAt: new Date(deps.clock.now()).toISOString(),
      results,
      requests: {
        salesforce: deps.http.requests('salesforce') - before.salesforce,
        hubspot: deps.http.requests('hubspot') - before.hubspot,
      },
      retryAt: retryTimes.sort()[0] ?? null,
    };
  }
}
