/**
 * One plan's two logs through one CRM, in the order that costs least: one request to see what
 * changed (Salesforce: the user's file links; HubSpot: one notes search), then the other
 * person's log is read only if it changed, then this user's log is written only if it grew.
 * Checkpoints are saved after every step, so a worker stopped anywhere resumes without writing
 * anything twice. The caller keeps the events (the plan's event store) and the checkpoints;
 * this module keeps nothing.
 */
import { hashEvent, type LedgerEventInput } from '@onpace/core/ledger';
import { logName } from '@onpace/core/ledger-log';
import type { LogAddress } from './crypto';
import {
  type HubSpotLedgerNotes,
  type LedgerNote,
  NO_NOTES_CURSOR,
  NO_OWN_NOTES,
  type NotesCursor,
  type OwnNotesCheckpoint,
} from './hubspot-notes';
import type { ReadOutcome, WriteOutcome } from './outcome';
import {
  NO_OWN_FILE,
  NO_PEER_FILE,
  type OwnFileCheckpoint,
  type PeerFileCheckpoint,
  type SalesforceLedgerFiles,
  type VisibleFile,
} from './salesforce-files';

export interface PlanLogs {
  readonly plan: string;
  /** The plan's key and channel (plan-keys.ts). */
  readonly key: CryptoKey;
  readonly channel: string;
  /** This user's author id and verified events. */
  readonly me: string;
  readonly myEvents: readonly LedgerEventInput[];
  /** The other person's author id and the events of theirs this browser verified. */
  readonly peer: string;
  readonly peerEvents: readonly LedgerEventInput[];
}

export interface SalesforceCheckpoints {
  readonly own: OwnFileCheckpoint;
  readonly peer: PeerFileCheckpoint;
}

export interface HubSpotCheckpoints {
  readonly own: OwnNotesCheckpoint;
  readonly cursor: NotesCursor;
}

export const NO_SALESFORCE_CHECKPOINTS: SalesforceCheckpoints = { own: NO_OWN_FILE, peer: NO_PEER_FILE };
export const NO_HUBSPOT_CHECKPOINTS: HubSpotCheckpoints = { own: NO_OWN_NOTES, cursor: NO_NOTES_CURSOR };

export interface LegResult {
  readonly read: ReadOutcome;
  /** Null when the step was not reached (the first request failed). */
  readonly write: WriteOutcome | null;
}

function addresses(logs: PlanLogs): { mine: LogAddress; theirs: LogAddress } {
  return {
    mine: { plan: logs.plan, author: logs.me, log: logName(logs.channel, logs.me) },
    theirs: { plan: logs.plan, author: logs.peer, log: logName(logs.channel, logs.peer) },
  };
}

function headOf(events: readonly LedgerEventInput[]): string | null {
  let last: LedgerEventInput | null = null;
  for (const event of events) if (last === null || event.seq > last.seq) last = event;
  return last === null ? null : hashEvent(last);
}

export async function syncPlanOverSalesforce(input: {
  readonly logs: PlanLogs;
  readonly client: SalesforceLedgerFiles;
  /** The other person's Salesforce User Id: from the plan, else learnt from their file's owner. */
  readonly peerUserId: string | null;
  readonly checkpoints: SalesforceCheckpoints;
  readonly save: (checkpoints: SalesforceCheckpoints) => Promise<void>;
  /**
   * The user's visible Files when already listed in this run: one listing serves every plan a
   * manager holds, so an idle sync costs one query whatever the number of plans.
   */
  readonly files?: readonly VisibleFile[];
}): Promise<LegResult> {
  const { logs, client } = input;
  const { mine, theirs } = addresses(logs);
  let checkpoints = input.checkpoints;
  const listing =
    input.files === undefined ? await client.visibleFiles() : { status: 'ok' as const, files: input.files };
  if (listing.status !== 'ok') return { read: listing, write: null };
  const read = await client.read({
    files: listing.files,
    address: theirs,
    key: logs.key,
    known: logs.peerEvents,
    checkpoint: checkpoints.peer,
  });
  if (read.checkpoint !== checkpoints.peer) {
    checkpoints = { ...checkpoints, peer: read.checkpoint };
    await input.save(checkpoints);
  }
  const peerFile = listing.files.find((file) => file.title === theirs.log);
  const write = await client.publish({
    files: listing.files,
    address: mine,
    key: logs.key,
    events: logs.myEvents,
    head: headOf(logs.myEvents),
    peerUserId: input.peerUserId ?? peerFile?.ownerId ?? null,
    checkpoint: checkpoints.own,
    save: async (own) => {
      checkpoints = { ...checkpoints, own };
      await input.save(checkpoints);
    },
  });
  return { read: read.outcome, write };
}

export async function syncPlanOverHubSpot(input: {
  readonly logs: PlanLogs;
  readonly client: HubSpotLedgerNotes;
  /** The plan rep's HubSpot owner id (each note's owner), when known. */
  readonly repOwnerId: string | null;
  readonly checkpoints: HubSpotCheckpoints;
  readonly save: (checkpoints: HubSpotCheckpoints) => Promise<void>;
  /**
   * The notes found since this plan's cursor when already searched in this run (one search for
   * the plans of one rep, from the oldest of their cursors), with the cursor that search reached.
   */
  readonly found?: { readonly notes: readonly LedgerNote[]; readonly cursor: NotesCursor };
}): Promise<LegResult> {
  const { logs, client } = input;
  const { mine, theirs } = addresses(logs);
  let checkpoints = input.checkpoints;
  const found =
    input.found === undefined
      ? await client.notesSince(checkpoints.cursor, input.repOwnerId)
      : { status: 'ok' as const, ...input.found };
  if (found.status !== 'ok') return { read: found, write: null };
  const read = await client.read({
    notes: found.notes,
    address: theirs,
    key: logs.key,
    known: logs.peerEvents,
  });
  // The cursor moves only past notes that were read well: a refused or unverified copy is
  // looked at again next time (and still refused), never silently skipped.
  const readWell =
    read.status === 'extended' || read.status === 'unchanged' || read.status === 'not-shared-yet';
  const own = await client.writtenThrough({
    notes: found.notes,
    address: mine,
    key: logs.key,
    events: logs.myEvents,
    checkpoint: checkpoints.own,
  });
  const next = { own, cursor: readWell ? found.cursor : checkpoints.cursor };
  if (next.own !== checkpoints.own || next.cursor !== checkpoints.cursor) {
    checkpoints = next;
    await input.save(checkpoints);
  }
  const write = await client.publish({
    address: mine,
    key: logs.key,
    events: logs.myEvents,
    checkpoint: checkpoints.own,
    ownerId: input.repOwnerId,
    save: async (ownNotes) => {
      checkpoints = { ...checkpoints, own: ownNotes };
      await input.save(checkpoints);
    },
  });
  return { read, write };
}
