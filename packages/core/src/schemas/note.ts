/** A manager's coaching note, shared with the rep or kept private. */
import { z } from 'zod';
import { Instant, RecordId } from './primitives.js';

export const NoteTag = z.enum(['prospecting', 'pipeline', 'skills', 'other']);
export type NoteTag = z.infer<typeof NoteTag>;

/** The CRM record a note was written next to. */
export const LinkedRecord = z.object({
  crm: z.enum(['salesforce', 'hubspot']),
  objectType: z.string().min(1).max(80),
  id: z.string().min(1).max(80),
  name: z.string().max(300).optional(),
  url: z.url({ protocol: /^https$/, message: 'must be an https URL' }),
});
export type LinkedRecord = z.infer<typeof LinkedRecord>;

export const CoachingNote = z.object({
  id: RecordId,
  planId: RecordId,
  authorId: RecordId,
  createdAt: Instant,
  updatedAt: Instant.optional(),
  text: z.string().trim().min(1, { message: 'must not be empty' }).max(5000),
  tag: NoteTag.default('other'),
  visibility: z.enum(['shared', 'private']).default('shared'),
  record: LinkedRecord.optional(),
  /** When the rep first read it; unset while unread. */
  readAt: Instant.optional(),
  deleted: z.boolean().optional(),
});
export type CoachingNote = z.infer<typeof CoachingNote>;
export type CoachingNoteInput = z.input<typeof CoachingNote>;
