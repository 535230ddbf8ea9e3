/**
 * The reference SyncStore, in memory: for unit tests and the benchmark. It keeps the rules of
 * store.ts exactly (same upsert rule, a commit applies fully or not at all) and can be told to
 * fail a commit, to simulate a worker stopped between two pages.
 */
import { parseInstant } from '@onpace/core/calendar';
import { type Activity, activityKey, type Plan } from '@onpace/core/schemas';
import { type SyncSource, SyncState } from './state';
import type { LiveActivityQuery, SyncCommit, SyncStore } from './store';
import { type StoredVersion, versionsToWrite } from './upsert-rule';

export class MemorySyncStore implements SyncStore {
  private readonly plans = new Map<string, Plan>();
  private readonly states = new Map<string, SyncState>();
  private readonly rows = new Map<string, StoredVersion>();
  /** Commits left before `failCommitsAfter` makes them throw; null: never. */
  private commitsLeft: number | null = null;
  /** Rows written, over the store's life. */
  writes = 0;
  commits = 0;

  constructor(plans: readonly Plan[] = []) {
    for (const plan of plans) this.plans.set(plan.id, plan);
  }

  setPlan(plan: Plan): void {
    this.plans.set(plan.id, plan);
  }

  /** After `count` more successful commits, every commit throws (as a stopped worker's would never land). */
  failCommitsAfter(count: number | null): void {
    this.commitsLeft = count;
  }

  async readPlans(): Promise<Plan[]> {
    return [...this.plans.values()];
  }

  async getState(planId: string, source: SyncSource): Promise<SyncState | null> {
    const state = this.states.get(`${planId}\u0000${source}`);
    // A deep copy through the schema, as a database read would give: no shared objects.
    return state === undefined ? null : SyncState.parse(structuredClone(state));
  }

  async putState(state: SyncState): Promise<void> {
    this.states.set(`${state.planId}\u0000${state.source}`, SyncState.parse(structuredClone(state)));
  }

  async commit(batch: SyncCommit): Promise<number> {
    if (this.commitsLeft !== null) {
      if (this.commitsLeft <= 0) throw new Error('MemorySyncStore: commit refused (simulated stop)');
      this.commitsLeft -= 1;
    }
    const stored = batch.activities.map((activity) => this.rows.get(activityKey(activity)));
    const writes = versionsToWrite(stored, batch.activities, batch.repId);
    const state = SyncState.parse(structuredClone(batch.state));
    for (const row of writes) this.rows.set(activityKey(row), structuredClone(row));
    this.states.set(`${state.planId}\u0000${state.source}`, state);
    this.writes += writes.length;
    this.commits += 1;
    return writes.length;
  }

  async liveActivities(query: LiveActivityQuery): Promise<Activity[]> {
    const metrics = new Set(query.metrics);
    return [...this.rows.values()].filter((row) => {
      if (row.repId !== query.repId || row.source !== query.source || row.deleted === true) return false;
      if (!metrics.has(row.metric)) return false;
      const at = parseInstant(row.occurredAt);
      return at >= query.fromMs && at < query.toMs;
    });
  }

  /** Every stored row, tombstones included (tests compare them with what was seeded). */
  allRows(): StoredVersion[] {
    return [...this.rows.values()];
  }
}
