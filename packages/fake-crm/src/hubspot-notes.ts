/**
 * HubSpot notes as the ledger uses them, at their real paths and in their real shapes:
 * `POST /crm/v3/objects/notes` (create) and `POST /crm/v3/objects/notes/search` (filters on
 * `hs_createdate`, `hs_lastmodifieddate`, `hubspot_owner_id`; sorts; `limit` ≤ 200; `after`
 * paging). `hs_note_body` holds at most 65,536 characters. Which notes a token reads is the
 * caller's to say (`canRead`): a private app's token reads every note of the portal. An admin
 * may alter a stored note's body in place (tamper tests).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Reply } from './http.js';

const JSON_TYPE = { 'content-type': 'application/json;charset=utf-8' };
export const NOTE_BODY_LIMIT = 65_536;
const MAX_LIMIT = 200;

function hubspotError(status: number, category: string, message: string): Reply {
  return {
    status,
    headers: JSON_TYPE,
    body: { status: 'error', message, correlationId: randomUUID(), category },
  };
}

export interface StoredNote {
  readonly id: string;
  properties: Record<string, string | null>;
  readonly createdAt: string;
  updatedAt: string;
  /** The HubSpot user who created it (null for a private app's token). */
  readonly createdByUserId: number | null;
}

/** Who is calling: the user behind the token, if any; the caller's visibility rule decides the rest. */
export interface NotesCaller {
  readonly userId: number | null;
  canRead(note: StoredNote): boolean;
}

const CreateBody = z.object({
  properties: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)),
  associations: z.array(z.unknown()).optional(),
});

const Filter = z.object({
  propertyName: z.enum(['hs_createdate', 'hs_lastmodifieddate', 'hubspot_owner_id', 'hs_timestamp']),
  operator: z.enum(['EQ', 'GT', 'GTE', 'LT', 'LTE']),
  value: z.union([z.string(), z.number()]).transform(String),
});

const SearchBody = z.object({
  filterGroups: z
    .array(z.object({ filters: z.array(Filter).max(10) }))
    .max(5)
    .default([]),
  sorts: z
    .array(
      z.object({
        propertyName: z.enum(['hs_createdate', 'hs_lastmodifieddate', 'hs_timestamp']),
        direction: z.enum(['ASCENDING', 'DESCENDING']).default('ASCENDING'),
      }),
    )
    .max(1)
    .default([]),
  properties: z.array(z.string()).optional(),
  limit: z.number().int().min(0).max(MAX_LIMIT).default(10),
  after: z.union([z.string(), z.number()]).transform(String).optional(),
});

const DEFAULT_PROPERTIES = ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'];

const ADMIN_ALTER = z.object({
  id: z.string(),
  body: z.string().optional(),
  flipAt: z.number().int().min(0).optional(),
});
export type NoteAdminAction = z.infer<typeof ADMIN_ALTER>;
export const NoteAdminAction = ADMIN_ALTER;

function comparable(property: string, value: string | null | undefined): number | string | null {
  if (value === null || value === undefined || value === '') return null;
  if (property === 'hubspot_owner_id') return value;
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export class HubSpotNotes {
  private notes: StoredNote[] = [];
  private counter = 0;

  constructor(private readonly now: () => number = Date.now) {}

  clear(): void {
    this.notes = [];
    this.counter = 0;
  }

  static isNotesObject(name: string): boolean {
    return name === 'notes' || name === '0-46';
  }

  create(text: string, caller: NotesCaller): Reply {
    let json: unknown;
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      return hubspotError(400, 'VALIDATION_ERROR', 'Invalid input JSON on line 1');
    }
    const parsed = CreateBody.safeParse(json);
    if (!parsed.success) {
      return hubspotError(
        400,
        'VALIDATION_ERROR',
        `Invalid input: ${parsed.error.issues[0]?.path.join('.')}`,
      );
    }
    const properties = parsed.data.properties;
    if (properties.hs_timestamp === undefined) {
      return hubspotError(
        400,
        'VALIDATION_ERROR',
        'Property values were not valid: hs_timestamp is required',
      );
    }
    const body = properties.hs_note_body ?? '';
    if (body.length > NOTE_BODY_LIMIT) {
      return hubspotError(
        400,
        'VALIDATION_ERROR',
        `Property values were not valid: [{"isValid":false,"message":"hs_note_body is ${body.length} characters long, over the ${NOTE_BODY_LIMIT} limit","error":"INVALID_LONG_STRING","name":"hs_note_body"}]`,
      );
    }
    this.counter += 1;
    const at = new Date(this.now()).toISOString();
    const id = String(61_000_000_000 + this.counter);
    const note: StoredNote = {
      id,
      properties: {
        ...properties,
        hs_createdate: at,
        hs_lastmodifieddate: at,
        hs_object_id: id,
        hs_body_preview: body.slice(0, 500),
        hs_created_by_user_id: caller.userId === null ? null : String(caller.userId),
      },
      createdAt: at,
      updatedAt: at,
      createdByUserId: caller.userId,
    };
    this.notes.push(note);
    return { status: 201, headers: JSON_TYPE, body: this.shape(note, null) };
  }

  search(text: string, caller: NotesCaller): Reply {
    let json: unknown;
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      return hubspotError(400, 'VALIDATION_ERROR', 'Invalid input JSON on line 1');
    }
    const parsed = SearchBody.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return hubspotError(
        400,
        'VALIDATION_ERROR',
        `Invalid input: ${issue?.path.join('.')}: ${issue?.message}`,
      );
    }
    const body = parsed.data;
    const matches = (note: StoredNote) =>
      body.filterGroups.length === 0 ||
      body.filterGroups.some((group) =>
        group.filters.every((filter) => {
          const value = comparable(filter.propertyName, note.properties[filter.propertyName]);
          const wanted = comparable(filter.propertyName, filter.value);
          if (value === null || wanted === null) return false;
          switch (filter.operator) {
            case 'EQ':
              return value === wanted;
            case 'GT':
              return value > wanted;
            case 'GTE':
              return value >= wanted;
            case 'LT':
              return value < wanted;
            case 'LTE':
              return value <= wanted;
          }
          return false;
        }),
      );
    const sort = body.sorts[0];
    const visible = this.notes.filter((note) => caller.canRead(note) && matches(note));
    const sorted = [...visible].sort((a, b) => {
      if (sort) {
        const left = comparable(sort.propertyName, a.properties[sort.propertyName]) as number;
        const right = comparable(sort.propertyName, b.properties[sort.propertyName]) as number;
        if (left !== right) return (left < right ? -1 : 1) * (sort.direction === 'DESCENDING' ? -1 : 1);
      }
      return Number(a.id) - Number(b.id);
    });
    const offset = body.after === undefined ? 0 : Number(body.after);
    if (!Number.isInteger(offset) || offset < 0) {
      return hubspotError(400, 'VALIDATION_ERROR', `after must be a paging cursor, got ${body.after}`);
    }
    const page = sorted.slice(offset, offset + body.limit);
    const reply: Record<string, unknown> = {
      total: sorted.length,
      results: page.map((note) => this.shape(note, body.properties ?? null)),
    };
    if (offset + body.limit < sorted.length && body.limit > 0) {
      reply.paging = { next: { after: String(offset + body.limit) } };
    }
    return { status: 200, headers: JSON_TYPE, body: reply };
  }

  private shape(note: StoredNote, asked: readonly string[] | null) {
    const names =
      asked === null ? Object.keys(note.properties) : [...new Set([...asked, ...DEFAULT_PROPERTIES])];
    return {
      id: note.id,
      properties: Object.fromEntries(names.map((name) => [name, note.properties[name] ?? null])),
      createdAt: note.createdAt,
      updatedAt: note.updatedAt,
      archived: false,
    };
  }

  /** An admin rewrites a note's body, or flips one character of it (tamper tests). */
  admin(action: NoteAdminAction): { ok: true } | { ok: false; error: string } {
    const note = this.notes.find((candidate) => candidate.id === action.id);
    if (!note) return { ok: false, error: `no note ${action.id}` };
    let body = action.body ?? note.properties.hs_note_body ?? '';
    if (action.flipAt !== undefined) {
      const index = Math.min(body.lastIndexOf('.') + 1 + action.flipAt, body.length - 1);
      body = `${body.slice(0, index)}${body[index] === 'A' ? 'B' : 'A'}${body.slice(index + 1)}`;
    }
    const at = new Date(this.now()).toISOString();
    note.properties = { ...note.properties, hs_note_body: body, hs_lastmodifieddate: at };
    note.updatedAt = at;
    return { ok: true };
  }

  list(): StoredNote[] {
    return this.notes.map((note) => ({ ...note, properties: { ...note.properties } }));
  }
}
