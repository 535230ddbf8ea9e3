/**
 * A cheap yes for the common, well-formed event. The fold reads thousands of events, and zod's
 * parse (a walk that copies every object) was a quarter of its time. `acceptsAsIs(value)` is
 * true only when `LedgerEvent` would accept the value and return an equal copy of it (no default
 * to fill, no key to strip, no text to trim); on any doubt it says false and the caller asks zod,
 * so an `invalid` event and its message stay exactly zod's. A property test holds the two
 * together. Rare or nested types (`plan.issued`, `checkin.held`, a note with a CRM record) always
 * go to zod.
 */
import { isCivilDate } from '../calendar/civil-date.js';
import { isInstant } from '../calendar/instant.js';
import { isMetricId, isSumMetric } from '../metrics/catalog.js';
import { EVENT_FORMAT, EVENT_VERSION, MAX_TEXT_LENGTH } from './event-constants.js';
import { isUtcInstant } from './utc-instant.js';

type Fields = Record<string, unknown>;

function plainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Exactly the `required` keys, plus any of `optional` that hold a value (none holding undefined). */
function hasKeys(value: Fields, required: readonly string[], optional: readonly string[] = []): boolean {
  let count = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    if (!required.includes(key) && !optional.includes(key)) return false;
    if (value[key] === undefined) return false;
    count++;
  }
  let present = 0;
  for (const key of required) if (Object.hasOwn(value, key)) present++;
  return present === required.length && count >= required.length;
}

/** `LedgerId`: 1 to 200 units with no surrounding space. */
function ledgerId(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= 200 && value.trim() === value;
}

/** `LedgerText`, where the UTF-16 length already proves the count of characters within bounds. */
function ledgerText(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_TEXT_LENGTH;
}

const HASH = /^[0-9a-f]{64}$/;
const ACTIVITY_REF = /^[a-z]+:.+$/;

function eventHash(value: unknown): boolean {
  return typeof value === 'string' && HASH.test(value);
}

/** A rep's manual log in its plainest form; anything more (owner, URL, deleted…) goes to zod. */
function manualActivity(value: unknown): boolean {
  if (!plainObject(value) || !hasKeys(value, ['source', 'id', 'metric', 'occurredAt'], ['amount']))
    return false;
  const { id, metric, occurredAt, amount } = value;
  if (value.source !== 'manual') return false;
  if (typeof id !== 'string' || id.length < 1 || id.length > 200 || id.trim() !== id) return false;
  if (!isMetricId(metric) || typeof occurredAt !== 'string' || !isInstant(occurredAt)) return false;
  if (amount === undefined) return !isSumMetric(metric);
  return typeof amount === 'number' && Number.isFinite(amount) && amount >= 0;
}

function disputeOpened(body: Fields): boolean {
  if (!hasKeys(body, ['dispute', 'metric', 'date', 'kind', 'text'], ['amount', 'activities'])) return false;
  const { metric, date, kind, amount, activities } = body;
  if (!ledgerId(body.dispute) || !isMetricId(metric) || typeof date !== 'string' || !isCivilDate(date)) {
    return false;
  }
  if (!ledgerText(body.text)) return false;
  if (kind === 'missing') {
    if (activities !== undefined) return false;
    if (amount === undefined) return !isSumMetric(metric);
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) return false;
    return isSumMetric(metric) || Number.isInteger(amount);
  }
  if (kind !== 'not-counting' || amount !== undefined || !Array.isArray(activities)) return false;
  if (activities.length === 0) return false;
  // An index loop, not `every`: `every` skips the holes of a sparse array, which zod reads as undefined.
  for (let index = 0; index < activities.length; index++) {
    const ref: unknown = activities[index];
    if (typeof ref !== 'string' || !ACTIVITY_REF.test(ref)) return false;
  }
  return true;
}

/** Each quick body check, by type; a type not here always goes to zod. */
const BODIES: Readonly<Record<string, (body: Fields) => boolean>> = {
  'plan.activated': (body) => hasKeys(body, []),
  'plan.extended': (body) =>
    hasKeys(body, ['end', 'reason']) &&
    typeof body.end === 'string' &&
    isCivilDate(body.end) &&
    ledgerText(body.reason),
  'plan.closed': (body) =>
    hasKeys(body, ['outcome', 'summary']) &&
    (body.outcome === 'met' || body.outcome === 'not-met' || body.outcome === 'cancelled') &&
    ledgerText(body.summary),
  'plan.acknowledged': (body) =>
    hasKeys(body, ['revision'], ['comment']) &&
    eventHash(body.revision) &&
    (body.comment === undefined || ledgerText(body.comment)),
  'note.added': (body) => hasKeys(body, ['note', 'text']) && ledgerId(body.note) && ledgerText(body.text),
  'note.edited': (body) => hasKeys(body, ['note', 'text']) && ledgerId(body.note) && ledgerText(body.text),
  'note.deleted': (body) => hasKeys(body, ['note']) && ledgerId(body.note),
  'checkin.answered': (body) =>
    hasKeys(body, ['checkIn', 'answer']) && ledgerId(body.checkIn) && ledgerText(body.answer),
  'action.done': (body) =>
    hasKeys(body, ['checkIn', 'action']) && ledgerId(body.checkIn) && ledgerId(body.action),
  'activity.logged': (body) => hasKeys(body, ['activity']) && manualActivity(body.activity),
  'activity.retracted': (body) => hasKeys(body, ['activity']) && ledgerId(body.activity),
  'dispute.opened': disputeOpened,
  'dispute.resolved': (body) =>
    hasKeys(body, ['dispute', 'decision', 'text']) &&
    ledgerId(body.dispute) &&
    (body.decision === 'accepted' || body.decision === 'rejected') &&
    ledgerText(body.text),
};

const ENVELOPE = ['format', 'v', 'plan', 'author', 'seq', 'prev', 'at', 'type', 'body'] as const;

/** True only when `LedgerEvent.safeParse(value)` would succeed with data equal to `value`. */
export function acceptsAsIs(value: unknown): boolean {
  if (!plainObject(value) || !hasKeys(value, ENVELOPE)) return false;
  const check = typeof value.type === 'string' ? BODIES[value.type] : undefined;
  if (check === undefined || !plainObject(value.body) || !check(value.body)) return false;
  if (value.format !== EVENT_FORMAT || value.v !== EVENT_VERSION || !ledgerId(value.plan)) return false;
  const { author, seq, prev, at } = value;
  if (!plainObject(author) || !hasKeys(author, ['id', 'role']) || !ledgerId(author.id)) return false;
  if (author.role !== 'manager' && author.role !== 'rep') return false;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return false;
  if (prev !== null && !eventHash(prev)) return false;
  return typeof at === 'string' && isUtcInstant(at);
}
