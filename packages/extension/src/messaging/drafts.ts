/**
 * What the pages send to create or edit a note or a check-in: the fields a person types. The
 * background adds ids, authors, timestamps and the pace snapshot, then checks the whole record
 * with core's schema, so every rule lives in one place.
 */
import { LinkedRecord, NoteTag } from '@onpace/core/schemas';
import { z } from 'zod';

const Id = z.string().min(1).max(200);

export const NoteDraft = z.object({
  /** Absent for a new note. */
  id: Id.optional(),
  planId: Id,
  text: z.string().max(5000),
  tag: NoteTag,
  visibility: z.enum(['shared', 'private']),
  /** The CRM record open in the tab when the note was written, when the manager links it. */
  record: LinkedRecord.nullable(),
});
export type NoteDraft = z.infer<typeof NoteDraft>;

export const ActionItemDraft = z.object({
  id: Id.optional(),
  text: z.string().max(500),
  /** `YYYY-MM-DD`, or empty for no due date. */
  due: z.string().max(10),
  done: z.boolean(),
});
export type ActionItemDraft = z.infer<typeof ActionItemDraft>;

export const CheckInDraft = z.object({
  id: Id.optional(),
  planId: Id,
  date: z.string().max(10),
  question: z.string().max(1000),
  answer: z.string().max(5000),
  actionItems: z.array(ActionItemDraft).max(50),
});
export type CheckInDraft = z.infer<typeof CheckInDraft>;

export const ExportPurpose = z.enum(['share', 'backup']);
export type ExportPurpose = z.infer<typeof ExportPurpose>;
