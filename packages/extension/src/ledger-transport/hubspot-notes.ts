/**
 * The ledger through HubSpot notes (docs/ledger-transport.md): each save writes the author's
 * events not yet written as new notes, one sealed chunk per note (`hs_note_body` ≤ 65,536
 * characters); a reader searches the notes modified since its last look, one search for both
 * logs of a plan, and keeps those of the other person's log (by the opaque name each body
 * starts with). Notes are never edited: a log only grows, and the reader merges by set union,
 * so a note written twice (a worker stopped after the write, before recording it) is harmless.
 *
 * Searches go through the HubSpot search pacer, as the activity sync's do.
 */
import type { CrmFault } from '@onpace/core/crm';
import { hashEvent, type LedgerEventInput } from '@onpace/core/ledger';
import { acceptLogCopy, parseSealedBlob } from '@onpace/core/ledger-log';
import { z } from 'zod';
import type { CrmAnswer, CrmHttp } from '../sync/http';
import { type LogAddress, UnverifiedRecordError } from './crypto';
import type { ReadOutcome, WriteOutcome } from './outcome';
import { openLog, sealLog } from './seal-log';

const HUBSPOT_API = 'https://api.hubapi.com';
const PAGE_SIZE = 100;

const CreatedNote = z.object({ id: z.string() });
const NoteResult = z.object({
  id: z.string(),
  properties: z.object({
    hs_note_body: z.string().nullable().optional(),
    hs_lastmodifieddate: z.string().nullable().optional(),
  }),
});
const NoteSearchPage = z.object({
  results: z.array(NoteResult),
  paging: z.object({ next: z.object({ after: z.string() }) }).optional(),
});

/** A note as the reader needs it. */
export interface LedgerNote {
  readonly id: string;
  readonly body: string;
  readonly modifiedMs: number;
}

/** What this browser remembers of its own log's notes. */
export interface OwnNotesCheckpoint {
  /** Events up to this `seq` are in notes already. */
  readonly writtenThroughSeq: number;
}

/** What this browser remembers of the notes it read. */
export interface NotesCursor {
  /** The newest `hs_lastmodifieddate` seen (epoch ms); the next search starts there. */
  readonly modifiedSinceMs: number | null;
}

export const NO_OWN_NOTES: OwnNotesCheckpoint = { writtenThroughSeq: 0 };
export const NO_NOTES_CURSOR: NotesCursor = { modifiedSinceMs: null };

export interface HubSpotNotesOptions {
  readonly http: CrmHttp;
  readonly token: string;
  /** Now, in epoch ms (the note's `hs_timestamp`). */
  readonly now: () => number;
}

type Failed = { readonly status: 'fault'; readonly fault: CrmFault; readonly retryAtMs: number | null };

function failed(answer: Extract<CrmAnswer<unknown>, { ok: false }>): Failed {
  return { status: 'fault', fault: answer.fault, retryAtMs: answer.retryAtMs };
}

export class HubSpotLedgerNotes {
  constructor(private readonly options: HubSpotNotesOptions) {}

  /**
   * The notes modified since the cursor (inclusive: notes stamped in the same millisecond are
   * not missed; the reader's union makes the overlap harmless), oldest first, every page.
   */
  async notesSince(
    cursor: NotesCursor,
    /**
     * The plan rep's owner id: every note of a plan's logs is owned by its rep, so the search
     * skips the portal's other notes (a private-app token would otherwise page through them all,
     * and a search stops at 10,000 results).
     */
    ownerId: string | null = null,
  ): Promise<{ readonly status: 'ok'; readonly notes: LedgerNote[]; readonly cursor: NotesCursor } | Failed> {
    const notes: LedgerNote[] = [];
    let after: string | undefined;
    let newest = cursor.modifiedSinceMs;
    const filters = [
      ...(cursor.modifiedSinceMs === null
        ? []
        : [{ propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(cursor.modifiedSinceMs) }]),
      ...(ownerId === null ? [] : [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: ownerId }]),
    ];
    do {
      const answer = await this.options.http.call({
        crm: 'hubspot',
        url: `${HUBSPOT_API}/crm/v3/objects/notes/search`,
        token: this.options.token,
        schema: NoteSearchPage,
        paced: true,
        json: {
          filterGroups: filters.length === 0 ? [] : [{ filters }],
          sorts: [{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }],
          properties: ['hs_note_body', 'hs_lastmodifieddate'],
          limit: PAGE_SIZE,
          ...(after === undefined ? {} : { after }),
        },
      });
      if (!answer.ok) return failed(answer);
      for (const result of answer.data.results) {
        const modifiedMs = Date.parse(result.properties.hs_lastmodifieddate ?? '');
        const body = result.properties.hs_note_body ?? '';
        if (!Number.isNaN(modifiedMs) && (newest === null || modifiedMs > newest)) newest = modifiedMs;
        // Everyone's notes come back; only OnPace's sealed ones matter here.
        if (parseSealedBlob(body).ok) notes.push({ id: result.id, body, modifiedMs });
      }
      after = answer.data.paging?.next.after;
    } while (after !== undefined);
    return { status: 'ok', notes, cursor: { modifiedSinceMs: newest } };
  }

  /** Writes this user's events not yet in notes, one note per sealed chunk; `save` after each note. */
  async publish(input: {
    readonly address: LogAddress;
    readonly key: CryptoKey;
    readonly events: readonly LedgerEventInput[];
    readonly checkpoint: OwnNotesCheckpoint;
    /**
     * The plan rep's HubSpot owner id, set as each note's owner: a rep whose token reads only
     * their own records still reads the manager's notes, and a manager with team access the rep's.
     */
    readonly ownerId: string | null;
    readonly save: (checkpoint: OwnNotesCheckpoint) => Promise<void>;
  }): Promise<WriteOutcome> {
    const fresh = input.events
      .filter((event) => event.seq > input.checkpoint.writtenThroughSeq)
      .sort((a, b) => a.seq - b.seq);
    if (fresh.length === 0) return { status: 'unchanged' };
    let requests = 0;
    // Note by note, each checkpoint naming exactly the events written so far.
    for (const { blob, throughSeq } of await sealLog(input.key, input.address, fresh)) {
      const answer = await this.options.http.call({
        crm: 'hubspot',
        url: `${HUBSPOT_API}/crm/v3/objects/notes`,
        token: this.options.token,
        schema: CreatedNote,
        json: {
          properties: {
            hs_timestamp: new Date(this.options.now()).toISOString(),
            hs_note_body: blob,
            ...(input.ownerId === null ? {} : { hubspot_owner_id: input.ownerId }),
          },
        },
      });
      requests += 1;
      if (!answer.ok) return failed(answer);
      await input.save({ writtenThroughSeq: throughSeq });
    }
    return { status: 'written', requests };
  }

  /**
   * The `seq` through which this user's own log is already in notes among those found: a worker
   * stopped after writing a note and before recording it then does not write it again.
   */
  async writtenThrough(input: {
    readonly notes: readonly LedgerNote[];
    readonly address: LogAddress;
    readonly key: CryptoKey;
    readonly events: readonly LedgerEventInput[];
    readonly checkpoint: OwnNotesCheckpoint;
  }): Promise<OwnNotesCheckpoint> {
    const prefix = `onpace1.${input.address.log}.`;
    const own = input.notes.filter((note) => note.body.startsWith(prefix));
    if (own.length === 0) return input.checkpoint;
    let found: unknown[];
    try {
      found = await openLog(
        input.key,
        input.address,
        own.map((note) => note.body),
      );
    } catch (error) {
      if (!(error instanceof UnverifiedRecordError)) throw error;
      return input.checkpoint;
    }
    const hashes = new Set(found.map((event) => hashEvent(event)));
    let through = input.checkpoint.writtenThroughSeq;
    for (const event of [...input.events].sort((a, b) => a.seq - b.seq)) {
      if (event.seq <= through) continue;
      if (event.seq !== through + 1 || !hashes.has(hashEvent(event))) break;
      through = event.seq;
    }
    return { writtenThroughSeq: through };
  }

  /** Applies the reader's rule to the other person's notes among those found. */
  async read(input: {
    readonly notes: readonly LedgerNote[];
    readonly address: LogAddress;
    readonly key: CryptoKey;
    readonly known: readonly LedgerEventInput[];
  }): Promise<ReadOutcome> {
    const prefix = `onpace1.${input.address.log}.`;
    const mine = input.notes.filter((note) => note.body.startsWith(prefix));
    if (mine.length === 0) return { status: input.known.length > 0 ? 'unchanged' : 'not-shared-yet' };
    let events: unknown[];
    try {
      events = await openLog(
        input.key,
        input.address,
        mine.map((note) => note.body),
      );
    } catch (error) {
      if (!(error instanceof UnverifiedRecordError)) throw error;
      return { status: 'unverified', detail: error.detail };
    }
    const result = acceptLogCopy({
      plan: input.address.plan,
      author: input.address.author,
      known: input.known,
      copy: events,
      whole: false,
    });
    return result.status === 'unchanged' ? { status: 'unchanged' } : result;
  }
}
