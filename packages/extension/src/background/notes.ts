/** Coaching notes: the manager writes, edits and deletes them; the rep marks them read. */
import { CoachingNote } from '@onpace/core/schemas';
import type { NoteDraft } from '../messaging/drafts';
import { failure, invalid, type Outcome, succeed } from '../messaging/result';
import { managerIdOf } from './author';
import { type BackgroundEnv, nowIso } from './env';
import { problemsOf } from './problems';

export async function saveNote(
  env: BackgroundEnv,
  draft: NoteDraft,
): Promise<Outcome<{ note: CoachingNote }>> {
  const { db } = env;
  const at = nowIso(env);
  const plan = await db.plans.get(draft.planId);
  if (!plan) return failure('not-found', `There is no plan "${draft.planId}".`);
  const existing = draft.id === undefined ? undefined : await db.notes.get(draft.id);
  if (draft.id !== undefined && (!existing || existing.deleted === true)) {
    return failure('not-found', 'That note no longer exists.');
  }
  const parsed = CoachingNote.safeParse({
    id: existing?.id ?? `note-${env.newId()}`,
    planId: plan.id,
    authorId: existing?.authorId ?? managerIdOf(plan),
    createdAt: existing?.createdAt ?? at,
    ...(existing ? { updatedAt: at } : {}),
    text: draft.text,
    tag: draft.tag,
    visibility: draft.visibility,
    ...(draft.record ? { record: draft.record } : {}),
    ...(existing?.readAt ? { readAt: existing.readAt } : {}),
  });
  if (!parsed.success) return invalid('note', problemsOf(parsed.error));
  await db.notes.put(parsed.data);
  env.changed();
  return succeed({ note: parsed.data });
}

/**
 * Deleting keeps a tombstone with the words removed: an exported copy learns of the deletion on
 * its next import, and the text itself is gone from this browser.
 */
export async function deleteNote(env: BackgroundEnv, noteId: string): Promise<Outcome<{ deleted: true }>> {
  const existing = await env.db.notes.get(noteId);
  if (!existing || existing.deleted === true) return failure('not-found', 'That note no longer exists.');
  const { record: _record, readAt: _readAt, ...kept } = existing;
  await env.db.notes.put({ ...kept, text: '(deleted)', deleted: true, updatedAt: nowIso(env) });
  env.changed();
  return succeed({ deleted: true as const });
}

/** The rep has read these notes; the first reading is the one kept. */
export async function markNotesRead(
  env: BackgroundEnv,
  noteIds: readonly string[],
): Promise<Outcome<{ marked: number }>> {
  const at = nowIso(env);
  const marked = await env.db.transaction('rw', env.db.notes, async () => {
    let count = 0;
    for (const note of await env.db.notes.bulkGet([...noteIds])) {
      if (!note || note.readAt !== undefined || note.deleted === true) continue;
      await env.db.notes.put({ ...note, readAt: at });
      count++;
    }
    return count;
  });
  if (marked > 0) env.changed();
  return succeed({ marked });
}
