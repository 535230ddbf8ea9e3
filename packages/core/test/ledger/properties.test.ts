import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { foldLedger, type LedgerEventInput, type LedgerState } from '../../src/index.js';
import { arbitraryLedger, reorderedCopy } from './arbitrary-ledger.js';

// Property runs are CPU-bound; on a busy shared machine they need more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const CHAIN_CODES = new Set(['gap', 'fork', 'chain-broken']);

/** Everything of a state but its problems and heads, for comparing what was applied. */
function applied(state: LedgerState): Omit<LedgerState, 'problems' | 'heads'> {
  const { problems: _problems, heads: _heads, ...rest } = state;
  return rest;
}

/** A ledger, one author with at least two events in it, and a position i in that chain (not its last). */
const tamperable = arbitraryLedger()
  .filter((events) => events.some((event) => event.seq >= 2))
  .chain((events) => {
    const authors = [...new Set(events.filter((event) => event.seq >= 2).map((event) => event.author.id))];
    return fc.constantFrom(...authors).chain((author) => {
      const last = Math.max(
        ...events.filter((event) => event.author.id === author).map((event) => event.seq),
      );
      return fc.record({
        events: fc.constant(events),
        author: fc.constant(author),
        seq: fc.integer({ min: 1, max: last - 1 }),
      });
    });
  });

function eventAt(events: readonly LedgerEventInput[], author: string, seq: number): LedgerEventInput {
  const found = events.find((event) => event.author.id === author && event.seq === seq);
  if (!found) throw new Error(`no event ${author}#${seq}`);
  return found;
}

/** The same ledger with that author's chain cut before `seq`: what an honest record stopping there folds to. */
function truncated(events: readonly LedgerEventInput[], author: string, seq: number): LedgerEventInput[] {
  return events.filter((event) => event.author.id !== author || event.seq < seq);
}

function expectChainProblem(state: LedgerState, author: string, seqs: readonly number[]): void {
  const chain = state.problems.filter(
    (problem) => CHAIN_CODES.has(problem.code) && problem.author === author,
  );
  expect(chain).toHaveLength(1);
  expect(seqs).toContain(chain[0]?.seq);
}

describe('foldLedger properties', () => {
  it('folds any permutation, with any duplicates (even re-serialized copies), to the same state', () => {
    fc.assert(
      fc.property(
        arbitraryLedger().chain((events) =>
          fc.tuple(
            fc.constant(events),
            fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
            fc.array(fc.nat(events.length - 1), { maxLength: 10 }),
          ),
        ),
        ([events, shuffled, duplicates]) => {
          const copies = duplicates.map((index) => reorderedCopy(events[index] as LedgerEventInput));
          const mixed = [
            ...shuffled,
            ...copies,
            ...duplicates.map((index) => events[index] as LedgerEventInput),
          ];
          expect(foldLedger(mixed)).toEqual(foldLedger(events));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports a removed event as a gap and applies nothing of that author from there on', () => {
    fc.assert(
      fc.property(tamperable, ({ events, author, seq }) => {
        const removed = eventAt(events, author, seq);
        const state = foldLedger(events.filter((event) => event !== removed));
        expect(state.problems).toContainEqual(expect.objectContaining({ code: 'gap', author, seq }));
        expect(applied(state)).toEqual(applied(foldLedger(truncated(events, author, seq))));
      }),
    );
  });

  it('reports an altered copy beside the original as a fork and applies neither', () => {
    fc.assert(
      fc.property(tamperable, ({ events, author, seq }) => {
        const original = eventAt(events, author, seq);
        const altered = { ...original, at: new Date(Date.parse(original.at) + 1).toISOString() };
        const state = foldLedger([...events, altered]);
        expect(state.problems).toContainEqual(expect.objectContaining({ code: 'fork', author, seq }));
        expect(applied(state)).toEqual(applied(foldLedger(truncated(events, author, seq))));
      }),
    );
  });

  it('reports an event altered in place: the chain breaks at it or at the next one', () => {
    fc.assert(
      fc.property(tamperable, fc.boolean(), ({ events, author, seq }, changeBody) => {
        const original = eventAt(events, author, seq);
        const altered: LedgerEventInput = changeBody
          ? ({ ...original, body: { ...original.body, tampered: true } } as unknown as LedgerEventInput)
          : { ...original, at: new Date(Date.parse(original.at) - 3_600_000).toISOString() };
        const state = foldLedger(events.map((event) => (event === original ? altered : event)));
        if (changeBody) {
          // A body no schema accepts is invalid; the chain then has a gap where it was.
          expect(state.problems).toContainEqual(expect.objectContaining({ code: 'invalid', author, seq }));
          expectChainProblem(state, author, [seq]);
        } else {
          expectChainProblem(state, author, [seq, seq + 1]);
        }
        expect(state.heads[author]?.seq ?? 0).toBeLessThanOrEqual(seq);
      }),
    );
  });

  it("reports two of an author's events swapped in the chain as chain-broken and applies neither", () => {
    fc.assert(
      fc.property(tamperable, ({ events, author, seq }) => {
        const first = eventAt(events, author, seq);
        const second = eventAt(events, author, seq + 1);
        const swapped = events.map((event) =>
          event === first ? { ...second, seq } : event === second ? { ...first, seq: seq + 1 } : event,
        );
        const state = foldLedger(swapped);
        expect(state.problems).toContainEqual(expect.objectContaining({ code: 'chain-broken', author, seq }));
        expect(applied(state)).toEqual(applied(foldLedger(truncated(events, author, seq))));
      }),
    );
  });
});
