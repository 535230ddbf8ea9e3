import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { LedgerEvent, type LedgerEventInput, safeParseEvent } from '../../src/index.js';
import { acceptsAsIs } from '../../src/ledger/event-fast-path.js';
import { arbitraryLedger } from './arbitrary-ledger.js';
import { LedgerScript, MANAGER, REP } from './ledger-helpers.js';

vi.setConfig({ testTimeout: 60_000 });

/** Values zod is strict about, put in place of a field: near misses of every kind. */
const oddValue = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    '',
    ' x',
    'x ',
    0,
    -1,
    1.5,
    Number.NaN,
    'calls',
    'custom:Bad',
    'manual',
    'salesforce',
    'missing',
    'not-counting',
    '2026-02-30',
    '2026-11-12',
    '2026-11-12T15:04:00Z',
    '2026-11-12T15:04:00+01:00',
    'a'.repeat(201),
    'x'.repeat(10_001),
    [],
    ['salesforce:1'],
    ['BAD'],
    {},
  ),
  fc.string(),
  fc.integer(),
);

/** Every path to a leaf or object in a value, so one can be replaced or removed. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const own = Object.keys(value).flatMap((key) =>
    paths((value as Record<string, unknown>)[key], [...prefix, key]),
  );
  return [prefix, ...own];
}

function withChange(
  event: unknown,
  path: readonly string[],
  change: { remove: boolean; value: unknown },
): unknown {
  if (path.length === 0) return change.remove ? {} : change.value;
  const copy = structuredClone(event) as Record<string, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path.at(-1) as string;
  if (change.remove) delete target[last];
  else target[last] = change.value;
  return copy;
}

function sampleLedger(): LedgerEventInput[] {
  const ledger = new LedgerScript();
  const issued = ledger.issue();
  ledger.write(MANAGER, 'plan.activated', {});
  ledger.write(REP, 'plan.acknowledged', { revision: 'a'.repeat(64), comment: 'Seen.' });
  ledger.write(MANAGER, 'plan.extended', { end: '2027-02-05', reason: 'PTO.' });
  ledger.write(REP, 'activity.logged', {
    activity: { source: 'manual', id: 'm-1', metric: 'calls', occurredAt: '2026-11-20T15:00:00.000Z' },
  });
  ledger.write(REP, 'activity.logged', {
    activity: {
      source: 'manual',
      id: 'm-2',
      metric: 'pipeline_created',
      occurredAt: '2026-11-20T15:00:00Z',
      amount: 5000,
    },
  });
  ledger.write(REP, 'dispute.opened', {
    dispute: 'd-1',
    metric: 'calls',
    date: '2026-11-19',
    kind: 'missing',
    amount: 2,
    text: 'Dialer down.',
  });
  ledger.write(REP, 'dispute.opened', {
    dispute: 'd-2',
    metric: 'calls',
    date: '2026-11-19',
    kind: 'not-counting',
    activities: ['salesforce:00T1'],
    text: 'Duplicates.',
  });
  ledger.write(REP, 'dispute.opened', {
    dispute: 'd-3',
    metric: 'pipeline_created',
    date: '2026-11-19',
    kind: 'missing',
    amount: 1200.5,
    text: 'Missing opportunity.',
  });
  ledger.write(MANAGER, 'plan.closed', { outcome: 'met', summary: 'Done.' });
  void issued;
  return ledger.events;
}

/** The contract of the fast path: it says yes only where zod says yes with the same value. */
function expectAgreement(value: unknown): void {
  if (!acceptsAsIs(value)) return;
  const parsed = LedgerEvent.safeParse(value);
  expect(parsed.success).toBe(true);
  expect(parsed.data).toEqual(value);
}

describe('the fold’s fast path for well-formed events', () => {
  it('takes the common events as they are, and safeParseEvent answers as zod does', () => {
    const events = sampleLedger();
    const taken = events.filter((event) => acceptsAsIs(event));
    // Everything but the plan.issued (always left to zod) is taken as is.
    expect(taken.map((event) => event.type)).toEqual(events.slice(1).map((event) => event.type));
    for (const event of events) {
      expectAgreement(event);
      expect(safeParseEvent(event)).toEqual(LedgerEvent.safeParse(event));
    }
  });

  it('never says yes where zod says no or would answer with another value', () => {
    const events = sampleLedger();
    const mutation = fc.constantFrom(...events).chain((event) =>
      fc.record({
        event: fc.constant(event),
        path: fc.constantFrom(...paths(event)),
        remove: fc.boolean(),
        value: oddValue,
      }),
    );
    fc.assert(
      fc.property(mutation, ({ event, path, remove, value }) => {
        const changed = withChange(event, path, { remove, value });
        expectAgreement(changed);
        const fast = safeParseEvent(changed);
        const slow = LedgerEvent.safeParse(changed);
        expect(fast.success).toBe(slow.success);
        if (!fast.success && !slow.success) expect(fast.error.issues).toEqual(slow.error.issues);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with zod on random ledgers and on extra fields', () => {
    fc.assert(
      fc.property(arbitraryLedger(), fc.string(), (events, key) => {
        for (const event of events) {
          expectAgreement(event);
          expectAgreement({ ...event, [key]: 1 });
          expectAgreement({ ...event, body: { ...(event.body as object), [key]: 1 } });
        }
      }),
      { numRuns: 50 },
    );
  });
});
