/**
 * Random ledgers for property tests: a manager and a rep writing a random mix of events, with
 * ids drawn from a small pool so duplicates, unknown references and refusals happen as well.
 */
import fc from 'fast-check';
import { hashEvent, type LedgerEventInput } from '../../src/index.js';
import { LedgerScript, MANAGER, planInput, REP } from './ledger-helpers.js';

interface Op {
  readonly byManager: boolean;
  readonly kind: number;
  readonly ref: number;
  readonly step: number;
}

const op = fc.record({
  byManager: fc.boolean(),
  kind: fc.nat(7),
  ref: fc.nat(3),
  // 0 ms steps make the two authors write at the same instant: ties are ordered by hash.
  step: fc.constantFrom(0, 1, 60_000, 3_600_000),
});

function writeManager(ledger: LedgerScript, { kind, ref }: Op, at: string): void {
  const id = `x-${ref}`;
  switch (kind) {
    case 0:
      ledger.write(MANAGER, 'note.added', { note: id, text: `Manager note ${ref}` }, at);
      break;
    case 1:
      ledger.write(MANAGER, 'note.edited', { note: id, text: `Edited ${ref} at ${at}` }, at);
      break;
    case 2:
      ledger.write(
        MANAGER,
        'plan.issued',
        {
          plan: planInput({
            targets: [{ id: 't-calls', metric: 'calls', cadence: 'daily', goal: 30 + ref }],
          }),
        },
        at,
      );
      break;
    case 3:
      ledger.write(
        MANAGER,
        'checkin.held',
        {
          checkIn: id,
          date: '2026-11-20',
          question: `How did week ${ref} go?`,
          actions: [{ id: `a-${ref}`, text: 'Call back' }],
          snapshot: null,
        },
        at,
      );
      break;
    case 4:
      ledger.write(
        MANAGER,
        'dispute.resolved',
        { dispute: id, decision: ref % 2 ? 'accepted' : 'rejected', text: 'Checked.' },
        at,
      );
      break;
    case 5:
      ledger.write(MANAGER, 'plan.activated', {}, at);
      break;
    case 6:
      ledger.write(MANAGER, 'plan.extended', { end: `2027-02-0${ref + 1}`, reason: 'More time.' }, at);
      break;
    default:
      ledger.write(MANAGER, 'note.deleted', { note: id }, at);
  }
}

function writeRep(ledger: LedgerScript, { kind, ref }: Op, at: string): void {
  const id = `x-${ref}`;
  switch (kind) {
    case 0:
      ledger.write(REP, 'note.added', { note: id, text: `Rep note ${ref}` }, at);
      break;
    case 1:
      ledger.write(
        REP,
        'activity.logged',
        { activity: { source: 'manual', id, metric: 'calls', occurredAt: '2026-11-03T15:00:00.000Z' } },
        at,
      );
      break;
    case 2:
      ledger.write(REP, 'activity.retracted', { activity: id }, at);
      break;
    case 3:
      ledger.write(
        REP,
        'dispute.opened',
        {
          dispute: id,
          metric: 'calls',
          date: '2026-11-10',
          kind: 'missing',
          amount: ref + 1,
          text: 'Missing calls.',
        },
        at,
      );
      break;
    case 4:
      ledger.write(REP, 'checkin.answered', { checkIn: id, answer: `Answer at ${at}` }, at);
      break;
    case 5:
      ledger.write(REP, 'action.done', { checkIn: id, action: `a-${ref}` }, at);
      break;
    case 6: {
      const revision = ledger.events.filter((event) => event.type === 'plan.issued')[ref];
      ledger.write(
        REP,
        'plan.acknowledged',
        { revision: revision ? hashEvent(revision) : 'b'.repeat(64) },
        at,
      );
      break;
    }
    default:
      ledger.write(REP, 'note.edited', { note: id, text: `Rep edit ${ref}` }, at);
  }
}

/** A ledger that starts with the manager issuing the plan, then 1..maxOps random writes. */
export function arbitraryLedger(maxOps = 30): fc.Arbitrary<LedgerEventInput[]> {
  return fc.array(op, { minLength: 1, maxLength: maxOps }).map((ops) => {
    const ledger = new LedgerScript();
    let clock = Date.parse('2026-11-01T14:00:00.000Z');
    ledger.issue();
    for (const next of ops) {
      clock += next.step;
      const at = new Date(clock).toISOString();
      if (next.byManager) writeManager(ledger, next, at);
      else writeRep(ledger, next, at);
    }
    return ledger.events;
  });
}

/** The same event as a new object with its members in reverse order: equal JSON, equal hash. */
export function reorderedCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reorderedCopy) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, member]) => [key, reorderedCopy(member)]),
  ) as T;
}
