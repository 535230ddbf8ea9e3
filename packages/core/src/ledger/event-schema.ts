/**
 * The ledger's event (see docs/ledger.md): exactly nine fields, and a body whose schema depends on
 * its type. An event that fails here is `invalid` and belongs to no chain. Schemas here never
 * rewrite a value (no trimming): the hash is taken over the event exactly as it was written.
 */
import { z } from 'zod';
import { Activity } from '../schemas/activity.js';
import { PaceSnapshot } from '../schemas/check-in.js';
import { isSumMetric, MetricId } from '../schemas/metric.js';
import { Plan } from '../schemas/plan.js';
import { CivilDate } from '../schemas/primitives.js';
import { EVENT_FORMAT, EVENT_VERSION, MAX_TEXT_LENGTH } from './event-constants.js';
import { acceptsAsIs } from './event-fast-path.js';
import { UtcInstant } from './utc-instant.js';

export { EVENT_FORMAT, EVENT_VERSION, MAX_TEXT_LENGTH };

/** Characters as a person counts them (code points), so an emoji is one, not two. */
function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Any text a person writes in the ledger: 1 to 10,000 characters. */
export const LedgerText = z
  .string()
  .min(1, { message: 'must not be empty' })
  .refine((text) => characterCount(text) <= MAX_TEXT_LENGTH, {
    message: `must be at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters`,
  });

/** Ids of notes, check-ins, actions, disputes and logged activities: no surrounding spaces to trim away. */
export const LedgerId = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(200)
  .refine((id) => id.trim() === id, { message: 'must not start or end with a space' });

export const EventHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'must be an event hash: 64 lowercase hex digits' });

export const AuthorRole = z.enum(['manager', 'rep']);
export type AuthorRole = z.infer<typeof AuthorRole>;

export const EventAuthor = z.strictObject({ id: LedgerId, role: AuthorRole });
export type EventAuthor = z.infer<typeof EventAuthor>;

/** The CRM record a note is about. */
export const NoteRecord = z.strictObject({
  crm: z.enum(['salesforce', 'hubspot']),
  type: z.string().min(1).max(80),
  id: z.string().min(1).max(200),
  name: z.string().max(300).optional(),
  url: z.url({ protocol: /^https$/, message: 'must be an https URL' }).optional(),
});
export type NoteRecord = z.infer<typeof NoteRecord>;

export const CheckInAction = z.strictObject({ id: LedgerId, text: LedgerText, due: CivilDate.optional() });

export const PlanOutcome = z.enum(['met', 'not-met', 'cancelled']);
export type PlanOutcome = z.infer<typeof PlanOutcome>;

export const DisputeKind = z.enum(['missing', 'not-counting']);
export type DisputeKind = z.infer<typeof DisputeKind>;

/** `salesforce:00T5e00000AbCdE`: how a not-counting dispute names an activity of the day. */
export const ActivityRef = z.string().regex(/^[a-z]+:.+$/, {
  message: 'must name an activity as source:id, such as salesforce:00T5e00000AbCdE',
});

const DisputeOpenedBody = z
  .strictObject({
    dispute: LedgerId,
    metric: MetricId,
    date: CivilDate,
    kind: DisputeKind,
    amount: z.number().finite().positive({ message: 'must be greater than 0' }).optional(),
    activities: z.array(ActivityRef).min(1, { message: 'must name at least one activity' }).optional(),
    text: LedgerText,
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'missing') {
      if (body.activities !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['activities'], message: 'belongs to a not-counting dispute' });
      }
      if (typeof body.metric === 'string' && isSumMetric(body.metric)) {
        if (body.amount === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['amount'],
            message: `is required for the sum metric ${body.metric}`,
          });
        }
      } else if (body.amount !== undefined && !Number.isInteger(body.amount)) {
        ctx.addIssue({ code: 'custom', path: ['amount'], message: 'must be a whole number of activities' });
      }
    } else {
      if (body.activities === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['activities'],
          message: 'must name the activities that should not count',
        });
      }
      if (body.amount !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['amount'], message: 'belongs to a missing-activity dispute' });
      }
    }
  });

/** A rep's manual log: an activity whose source is `manual`. */
const ManualActivity = Activity.superRefine((activity, ctx) => {
  if (activity.source !== 'manual') {
    ctx.addIssue({
      code: 'custom',
      path: ['source'],
      message: 'must be "manual": the rep logs only manual activity',
    });
  }
  if (activity.deleted === true) {
    ctx.addIssue({
      code: 'custom',
      path: ['deleted'],
      message: 'is not how a log is withdrawn: append activity.retracted',
    });
  }
});

/** The body schema of each event type. */
export const EVENT_BODIES = {
  'plan.issued': z.strictObject({ plan: Plan }),
  'plan.activated': z.strictObject({}),
  'plan.extended': z.strictObject({ end: CivilDate, reason: LedgerText }),
  'plan.closed': z.strictObject({ outcome: PlanOutcome, summary: LedgerText }),
  'plan.acknowledged': z.strictObject({ revision: EventHash, comment: LedgerText.optional() }),
  'note.added': z.strictObject({ note: LedgerId, text: LedgerText, record: NoteRecord.optional() }),
  'note.edited': z.strictObject({ note: LedgerId, text: LedgerText }),
  'note.deleted': z.strictObject({ note: LedgerId }),
  'checkin.held': z.strictObject({
    checkIn: LedgerId,
    date: CivilDate,
    question: LedgerText,
    actions: z.array(CheckInAction),
    // null only for a check-in migrated from a version 1 bundle that was held without one.
    snapshot: PaceSnapshot.nullable(),
  }),
  'checkin.answered': z.strictObject({ checkIn: LedgerId, answer: LedgerText }),
  'action.done': z.strictObject({ checkIn: LedgerId, action: LedgerId }),
  'activity.logged': z.strictObject({ activity: ManualActivity }),
  'activity.retracted': z.strictObject({ activity: LedgerId }),
  'dispute.opened': DisputeOpenedBody,
  'dispute.resolved': z.strictObject({
    dispute: LedgerId,
    decision: z.enum(['accepted', 'rejected']),
    text: LedgerText,
  }),
} as const;

export type EventType = keyof typeof EVENT_BODIES;
export const EVENT_TYPES = Object.keys(EVENT_BODIES) as EventType[];

/** Who may append each type: the manager, the rep, or either (note edits: only the note's author). */
export const EVENT_WRITERS: Readonly<Record<EventType, AuthorRole | 'either'>> = {
  'plan.issued': 'manager',
  'plan.activated': 'manager',
  'plan.extended': 'manager',
  'plan.closed': 'manager',
  'plan.acknowledged': 'rep',
  'note.added': 'either',
  'note.edited': 'either',
  'note.deleted': 'either',
  'checkin.held': 'manager',
  'checkin.answered': 'rep',
  'action.done': 'either',
  'activity.logged': 'rep',
  'activity.retracted': 'rep',
  'dispute.opened': 'rep',
  'dispute.resolved': 'manager',
};

export function mayWrite(role: AuthorRole, type: EventType): boolean {
  const writers = EVENT_WRITERS[type];
  return writers === 'either' || writers === role;
}

const envelope = {
  format: z.literal(EVENT_FORMAT),
  v: z.literal(EVENT_VERSION),
  plan: LedgerId,
  author: EventAuthor,
  seq: z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be 1 or more' }),
  prev: EventHash.nullable(),
  at: UtcInstant,
};

function eventOfType<Type extends EventType>(type: Type) {
  return z.strictObject({ ...envelope, type: z.literal(type), body: EVENT_BODIES[type] });
}

const EVENT_SCHEMAS = {
  'plan.issued': eventOfType('plan.issued'),
  'plan.activated': eventOfType('plan.activated'),
  'plan.extended': eventOfType('plan.extended'),
  'plan.closed': eventOfType('plan.closed'),
  'plan.acknowledged': eventOfType('plan.acknowledged'),
  'note.added': eventOfType('note.added'),
  'note.edited': eventOfType('note.edited'),
  'note.deleted': eventOfType('note.deleted'),
  'checkin.held': eventOfType('checkin.held'),
  'checkin.answered': eventOfType('checkin.answered'),
  'action.done': eventOfType('action.done'),
  'activity.logged': eventOfType('activity.logged'),
  'activity.retracted': eventOfType('activity.retracted'),
  'dispute.opened': eventOfType('dispute.opened'),
  'dispute.resolved': eventOfType('dispute.resolved'),
} as const;

function checkPlanId(event: { type: string; plan: string; body: unknown }, ctx: z.RefinementCtx): void {
  if (event.type !== 'plan.issued') return;
  const plan = (event.body as { plan: { id: string } }).plan;
  if (plan.id !== event.plan) {
    ctx.addIssue({
      code: 'custom',
      path: ['body', 'plan', 'id'],
      message: `must be the event's plan ("${event.plan}")`,
    });
  }
}

const EventUnion = z.discriminatedUnion(
  'type',
  Object.values(EVENT_SCHEMAS) as unknown as [
    (typeof EVENT_SCHEMAS)['plan.issued'],
    ...(typeof EVENT_SCHEMAS)[EventType][],
  ],
);

/** One ledger event, checked. `plan.issued` must carry the plan its event names. */
export const LedgerEvent = EventUnion.superRefine(checkPlanId);

/** Each type's own schema (with the same plan check), so a reader that knows the type skips the union. */
const TYPED_EVENTS: ReadonlyMap<string, z.ZodType> = new Map(
  Object.entries(EVENT_SCHEMAS).map(([type, schema]) => [type, schema.superRefine(checkPlanId)]),
);

/** An event as parsed: plan and activity bodies carry their defaults. */
export type LedgerEvent = z.infer<typeof LedgerEvent>;
/** An event as written and hashed: what travels in bundles and is stored. */
export type LedgerEventInput = z.input<typeof LedgerEvent>;
export type EventOf<Type extends EventType> = Extract<LedgerEvent, { type: Type }>;
export type EventBody<Type extends EventType> = z.infer<(typeof EVENT_BODIES)[Type]>;
export type EventBodyInput<Type extends EventType> = z.input<(typeof EVENT_BODIES)[Type]>;

/**
 * `LedgerEvent.safeParse`, faster: the fold reads thousands of events. A well-formed common
 * event is taken as it is (see event-fast-path.ts); otherwise going straight to the schema of
 * the event's own type saves the union's work. Same result; an unknown type falls back to the
 * union for its message. The data of an event taken as it is is the value itself, not a copy.
 */
export function safeParseEvent(value: unknown): z.ZodSafeParseResult<LedgerEvent> {
  if (acceptsAsIs(value)) return { success: true, data: value as LedgerEvent };
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  const schema = typeof type === 'string' ? TYPED_EVENTS.get(type) : undefined;
  if (!schema) return LedgerEvent.safeParse(value);
  return schema.safeParse(value) as z.ZodSafeParseResult<LedgerEvent>;
}
