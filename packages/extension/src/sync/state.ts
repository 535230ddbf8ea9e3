/**
 * The sync's own state per plan and CRM, as zod schemas: it is written by one worker and read back
 * by the next (possibly after an update of the extension), so every read is checked. A state that
 * does not parse is treated as absent: the next run does a full pass, which is always safe.
 */
import { z } from 'zod';

export const SyncSource = z.enum(['salesforce', 'hubspot']);
export type SyncSource = z.infer<typeof SyncSource>;

const EpochMs = z.number().int().nonnegative();
const Iso = z.string().min(1);

/** What the user sees when a sync cannot go on, and when it may try again by itself. */
export const SyncFault = z.object({
  /** A stable code the UI can branch on: session-expired, daily-limit, rate-limited, forbidden… */
  code: z.string().min(1),
  /** What happened and what to do, in words ("Salesforce session expired — reload the Salesforce tab"). */
  message: z.string().min(1),
  at: Iso,
  /** Scheduled runs wait until then (rate limit, daily limit); null: the next run may try. */
  retryAt: Iso.nullable().default(null),
});
export type SyncFault = z.infer<typeof SyncFault>;

/** Half-open window of epoch ms: the plan's first local midnight to the one after its last day. */
export const TimeWindow = z.object({ fromMs: EpochMs, toMs: EpochMs });
export type TimeWindow = z.infer<typeof TimeWindow>;

/** Where one Salesforce object type's read stands. */
export const SalesforceProgress = z.object({
  crm: z.literal('salesforce'),
  /** The next page of the open query cursor (a path), or null before the first page. */
  nextRecordsUrl: z.string().startsWith('/services/data/').nullable(),
  /**
   * The newest `SystemModstamp` read so far. The query is sorted by it, so when a cursor has
   * expired the read goes on with `SystemModstamp >= this` and loses nothing.
   */
  lastModstampMs: EpochMs.nullable(),
  /** Server time (`Date` header) of the first answer: what the object's new mark is based on. */
  serverStartMs: EpochMs.nullable(),
  /** Record ids read in a full pass (for deletion detection); empty in incremental passes. */
  seen: z.array(z.string()),
});
export type SalesforceProgress = z.infer<typeof SalesforceProgress>;

/** A full HubSpot pass: time-sorted search over ranges kept under the 10,000-result cap. */
export const HubSpotRangesProgress = z.object({
  crm: z.literal('hubspot'),
  mode: z.literal('ranges'),
  ranges: z.array(TimeWindow).min(1),
  rangeIndex: z.number().int().nonnegative(),
  /** HubSpot's paging cursor within the current range ("0" first). */
  after: z.string().regex(/^\d+$/),
  /** `total` of the current range's first page; null before it. */
  rangeTotal: z.number().int().nonnegative().nullable(),
  readInRange: z.number().int().nonnegative(),
  /** Re-reads of the current range after its total moved while paging. */
  rangeAttempts: z.number().int().nonnegative(),
  /** A range stayed inconsistent after its re-reads: no deletion is inferred from this pass. */
  inconclusive: z.boolean(),
  serverStartMs: EpochMs.nullable(),
  seen: z.array(z.string()),
});
export type HubSpotRangesProgress = z.infer<typeof HubSpotRangesProgress>;

/** An incremental HubSpot pass: keyset paging on `hs_lastmodifieddate` (see hubspot/pages.ts). */
export const HubSpotKeysetProgress = z.object({
  crm: z.literal('hubspot'),
  mode: z.literal('keyset'),
  sinceMs: EpochMs,
  after: z.string().regex(/^\d+$/),
  serverStartMs: EpochMs.nullable(),
});
export type HubSpotKeysetProgress = z.infer<typeof HubSpotKeysetProgress>;

export const ObjectProgress = z.union([SalesforceProgress, HubSpotRangesProgress, HubSpotKeysetProgress]);
export type ObjectProgress = z.infer<typeof ObjectProgress>;

/** A pass in flight: saved after every page, so a worker stopped mid-sync resumes where it was. */
export const PassCursor = z.object({
  kind: z.enum(['full', 'incremental']),
  /** The window, identity and counting rules the pass reads with (sync-key.ts). */
  key: z.string().min(1),
  startedAt: Iso,
  window: TimeWindow,
  /** Index into the connector's object types: those before it are done. */
  objectIndex: z.number().int().nonnegative(),
  /** Progress in the current object type; null when it has not started. */
  object: ObjectProgress.nullable(),
  /** Some object type could not be read consistently: the pass must not count as a full resync. */
  inconclusive: z.boolean(),
  /** Records read so far in this pass, across worker restarts. */
  records: z.number().int().nonnegative(),
});
export type PassCursor = z.infer<typeof PassCursor>;

/** Who is synced and through what; cached so an incremental sync needs no identity request. */
export const SyncIdentity = z.object({
  /** The CRM user the records belong to: a Salesforce user id, a HubSpot owner (or user) id. */
  crmUserId: z.string().min(1),
  /** What `crmUserId` is: HubSpot records name owners by owner id, their creators by user id. */
  idKind: z.enum(['salesforce-user', 'hubspot-owner', 'hubspot-user']),
  /** Salesforce: the My Domain API host; HubSpot: the API host. */
  apiHost: z.string().min(1),
  /** Salesforce: the org of the session the identity was checked with (15 characters). */
  orgId: z.string().nullable(),
  /** HubSpot: the email the owner was found by, so a changed email looks it up again. */
  email: z.string().nullable(),
  checkedAt: Iso,
});
export type SyncIdentity = z.infer<typeof SyncIdentity>;

export const ApiUsage = z.object({
  used: z.number().int().nonnegative(),
  max: z.number().int().positive(),
  at: Iso,
});
export type ApiUsage = z.infer<typeof ApiUsage>;

/** Records a pass could not read (each reported by id by core's mapping); they count for nothing. */
export const SyncProblems = z.object({
  count: z.number().int().nonnegative(),
  sample: z.array(z.object({ id: z.string(), field: z.string(), message: z.string() })).max(20),
});
export type SyncProblems = z.infer<typeof SyncProblems>;

export const SyncState = z.object({
  planId: z.string().min(1),
  source: SyncSource,
  /** Everything modified before this instant is stored (the oldest of the object types' marks). */
  highWaterMark: Iso.nullable(),
  lastRunAt: Iso.nullable(),
  lastSuccessAt: Iso.nullable(),
  fault: SyncFault.nullable(),
  /** Per object type: the next incremental read asks for records modified at or after this. */
  marks: z.record(z.string(), EpochMs),
  lastFullSyncAt: Iso.nullable(),
  /** The key of the last complete full pass: another key (plan window, rules, rep) needs a new one. */
  syncKey: z.string().nullable(),
  cursor: PassCursor.nullable(),
  identity: SyncIdentity.nullable(),
  apiUsage: ApiUsage.nullable(),
  problems: SyncProblems,
  /** Something the user should know that is not a failure (a manager who may not see a rep's records). */
  notice: z.string().nullable(),
});
export type SyncState = z.infer<typeof SyncState>;

export function emptySyncState(planId: string, source: SyncSource): SyncState {
  return {
    planId,
    source,
    highWaterMark: null,
    lastRunAt: null,
    lastSuccessAt: null,
    fault: null,
    marks: {},
    lastFullSyncAt: null,
    syncKey: null,
    cursor: null,
    identity: null,
    apiUsage: null,
    problems: { count: 0, sample: [] },
    notice: null,
  };
}
