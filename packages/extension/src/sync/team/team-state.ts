/**
 * Where a team sync stands, saved after every page: the team it read (owner ids) and the range,
 * the incremental mark per object type, and the page to resume at. A changed team or a wider
 * range (a new plan, a longer baseline) starts a full read; otherwise only changes are read.
 */
import type { Activity } from '@onpace/core/schemas';
import { z } from 'zod';

export const TeamCursor = z.object({
  /** Index into the reads: each object type for each group of at most 500 owners. */
  readIndex: z.number().int().min(0),
  /** The next page of the object type's query; null: the query is still to be sent. */
  nextRecordsUrl: z.string().startsWith('/services/data/').nullable(),
  /** The newest `SystemModstamp` read in this pass for this object type. */
  newestModifiedMs: z.number().int().nullable(),
  /** The server's time when this object type's query began: the next mark starts before it. */
  startedAtMs: z.number().int().nullable(),
  incremental: z.boolean(),
});
export type TeamCursor = z.infer<typeof TeamCursor>;

export const SalesforceTeamState = z.object({
  source: z.literal('salesforce'),
  /** The owner ids read, sorted and joined: a different team is a different read. */
  teamKey: z.string().min(1),
  fromMs: z.number().int(),
  toMs: z.number().int(),
  /** Per read (`Task#0`): changes at or after this instant are what an incremental pass reads. */
  marks: z.record(z.string(), z.number().int()),
  /** The pass in flight, or null between passes. */
  cursor: TeamCursor.nullable(),
  lastCompletedAt: z.iso.datetime().nullable(),
});
export type SalesforceTeamState = z.infer<typeof SalesforceTeamState>;

const Range = z.object({ fromMs: z.number().int(), toMs: z.number().int() });

export const HubSpotTeamCursor = z.object({
  /** Index into the reads: each object type for each group of at most 100 owners. */
  readIndex: z.number().int().min(0),
  /** A full read's parts of the range (split under the 10,000-result cap) and the one being read. */
  ranges: z.array(Range).min(1),
  rangeIndex: z.number().int().min(0),
  after: z.string().regex(/^\d+$/),
  newestModifiedMs: z.number().int().nullable(),
  startedAtMs: z.number().int().nullable(),
  incremental: z.boolean(),
  /** An incremental read's own mark: moved up to the newest change read when paging nears the cap. */
  sinceMs: z.number().int().nullable(),
});
export type HubSpotTeamCursor = z.infer<typeof HubSpotTeamCursor>;

export const HubSpotTeamState = z.object({
  source: z.literal('hubspot'),
  teamKey: z.string().min(1),
  fromMs: z.number().int(),
  toMs: z.number().int(),
  /** Per read (object type and owner group, `calls#0`): the incremental mark. */
  marks: z.record(z.string(), z.number().int()),
  cursor: HubSpotTeamCursor.nullable(),
  lastCompletedAt: z.iso.datetime().nullable(),
});
export type HubSpotTeamState = z.infer<typeof HubSpotTeamState>;

export const TeamSyncState = z.discriminatedUnion('source', [SalesforceTeamState, HubSpotTeamState]);
export type TeamSyncState = z.infer<typeof TeamSyncState>;

export function teamKeyOf(ownerIds: readonly string[]): string {
  return [...ownerIds]
    .map((id) => id.slice(0, 15))
    .sort()
    .join(',');
}

/** Where team syncs keep their state and write what they read, one page at a time. */
export interface TeamSyncStore {
  getTeamState<S extends TeamSyncState['source']>(
    source: S,
  ): Promise<Extract<TeamSyncState, { source: S }> | null>;
  /**
   * Saves the state and upserts each rep's activities in one transaction (the same upsert rules
   * as `SyncStore.commit`): a stopped sync resumes at the last committed page.
   */
  commitTeamPage(batch: {
    readonly state: TeamSyncState;
    readonly byRep: readonly { readonly repId: string; readonly activities: readonly Activity[] }[];
  }): Promise<number>;
}
