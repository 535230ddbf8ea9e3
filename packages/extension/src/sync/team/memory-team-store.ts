/**
 * The team sync's store in memory (Node tests, the benchmark): the same upsert rule as the
 * extension's stores (upsert-rule.ts), per rep, keyed by (source, id, metric).
 */
import { type Activity, activityKey } from '@onpace/core/schemas';
import { type StoredVersion, versionsToWrite } from '../upsert-rule';
import type { TeamSyncState, TeamSyncStore } from './team-state';

export class MemoryTeamStore implements TeamSyncStore {
  private readonly states = new Map<TeamSyncState['source'], TeamSyncState>();
  private readonly rows = new Map<string, StoredVersion>();

  async getTeamState<S extends TeamSyncState['source']>(
    source: S,
  ): Promise<Extract<TeamSyncState, { source: S }> | null> {
    const state = this.states.get(source);
    return state?.source === source ? (state as Extract<TeamSyncState, { source: S }>) : null;
  }

  async commitTeamPage(batch: Parameters<TeamSyncStore['commitTeamPage']>[0]): Promise<number> {
    let written = 0;
    for (const { repId, activities } of batch.byRep) {
      const stored = activities.map((activity) => this.rows.get(activityKey(activity)));
      for (const row of versionsToWrite(stored, activities, repId)) {
        this.rows.set(activityKey(row), row);
        written += 1;
      }
    }
    this.states.set(batch.state.source, batch.state);
    return written;
  }

  /** A rep's stored, not deleted activities. */
  live(repId: string): Activity[] {
    return [...this.rows.values()].filter((row) => row.repId === repId && row.deleted !== true);
  }

  reps(): string[] {
    return [...new Set([...this.rows.values()].map((row) => row.repId))];
  }
}
