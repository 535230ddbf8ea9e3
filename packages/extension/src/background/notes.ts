/**
 * Coaching notes. Shared notes are the plan ledger's (`note.added` / `edited` / `deleted`,
 * written by either side, edited only by their author). Private notes never enter the ledger:
 * they are rows of this browser's `notes` table, never exported, and deleting one removes it.
 * The rep's "read" marks are local too (`noteReads`).
 */
import { CoachingNote, type LinkedRecord, type NoteTag } from '@onpace/core/schemas';
import type { LedgerWriteAnswer } from '../messaging/ledger-answers';
import type { Side } from '../messaging/ledger-requests';
import { failure, invalid, type Outcome, succeed } from '../messaging/result';
import { foldedPlan } from '../storage/ledger-store';
import { managerIdOf } from './author';
import { type BackgroundEnv, nowIso } from './env';
import { buildLedgerView } from './ledger-view';
import { addSharedNote, writeEvent } from './ledger-writes';
import { problemsOf } from './problems';

/** The plan's fold as an answer, for a write that appended no event (a private note). */
async function currentLedger(env: BackgroundEnv, planId: string): Promise<Outcome<LedgerWriteAnswer>> {
  const { state } = await foldedPlan(env.db, planId);
  if (!state.plan) return failure('not-found', `There is no plan "${planId}".`);
  return succeed({ hash: null, ledger: buildLedgerView(state.plan, state) });
}

async function privateNote(
  env: BackgroundEnv,
  planId: string,
  noteId: string,
): Promise<CoachingNote | undefined> {
  const row = await env.db.notes.get(noteId);
  return row && row.planId === planId && row.visibility === 'private' ? row : undefined;
}

export async function addNote(
  env: BackgroundEnv,
  request: {
    planId: string;
    as: Side;
    text: string;
    visibility: 'shared' | 'private';
    record: LinkedRecord | null;
    tag?: NoteTag | undefined;
  },
): Promise<Outcome<LedgerWriteAnswer>> {
  if (request.visibility === 'shared') return addSharedNote(env, request);
  const { state } = await foldedPlan(env.db, request.planId);
  if (!state.plan) return failure('not-found', `There is no plan "${request.planId}".`);
  const author = request.as === 'rep' ? state.plan.rep.id : (state.managerId ?? managerIdOf(state.plan));
  const parsed = CoachingNote.safeParse({
    id: `note-${env.newId()}`,
    planId: request.planId,
    authorId: author,
    createdAt: nowIso(env),
    text: request.text,
    tag: request.tag ?? 'other',
    visibility: 'private',
    ...(request.record ? { record: request.record } : {}),
  });
  if (!parsed.success) return invalid('note', problemsOf(parsed.error));
  await env.db.notes.put(parsed.data);
  env.changed();
  return currentLedger(env, request.planId);
}

export async function editNote(
  env: BackgroundEnv,
  request: { planId: string; noteId: string; as: Side; text: string },
): Promise<Outcome<LedgerWriteAnswer>> {
  const own = await privateNote(env, request.planId, request.noteId);
  if (!own) {
    return writeEvent(env, request.planId, request.as, () => ({
      type: 'note.edited',
      body: { note: request.noteId, text: request.text.trim() },
    }));
  }
  const parsed = CoachingNote.safeParse({ ...own, text: request.text, updatedAt: nowIso(env) });
  if (!parsed.success) return invalid('note', problemsOf(parsed.error));
  await env.db.notes.put(parsed.data);
  env.changed();
  return currentLedger(env, request.planId);
}

export async function deleteNote(
  env: BackgroundEnv,
  request: { planId: string; noteId: string; as: Side },
): Promise<Outcome<LedgerWriteAnswer>> {
  const own = await privateNote(env, request.planId, request.noteId);
  if (!own) {
    return writeEvent(env, request.planId, request.as, () => ({
      type: 'note.deleted',
      body: { note: request.noteId },
    }));
  }
  await env.db.notes.delete(own.id);
  env.changed();
  return currentLedger(env, request.planId);
}

/** The plan's private notes (this browser's only). */
export async function privateNotesOf(env: BackgroundEnv, planId: string): Promise<CoachingNote[]> {
  const rows = await env.db.notes.where('planId').equals(planId).toArray();
  return rows.filter((row) => row.visibility === 'private' && row.deleted !== true);
}

/** The rep has read these notes of "my plan"; the first reading is the one kept. */
export async function markNotesRead(
  env: BackgroundEnv,
  planId: string | null,
  noteIds: readonly string[],
): Promise<Outcome<{ marked: number }>> {
  if (planId === null) return succeed({ marked: 0 });
  const at = nowIso(env);
  const { state } = await foldedPlan(env.db, planId);
  const known = new Set(state.notes.filter((note) => !note.deleted).map((note) => note.id));
  const marked = await env.db.transaction('rw', env.db.noteReads, async () => {
    let count = 0;
    for (const noteId of noteIds) {
      if (!known.has(noteId) || (await env.db.noteReads.get([planId, noteId]))) continue;
      await env.db.noteReads.put({ planId, noteId, at });
      count++;
    }
    return count;
  });
  if (marked > 0) env.changed();
  return succeed({ marked });
}

/** When the rep read each of the plan's notes here. */
export async function noteReadsOf(env: BackgroundEnv, planId: string): Promise<Map<string, string>> {
  const rows = await env.db.noteReads.where('planId').equals(planId).toArray();
  return new Map(rows.map((row) => [row.noteId, row.at]));
}
