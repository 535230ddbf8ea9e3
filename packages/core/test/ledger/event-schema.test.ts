import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  CanonicalJsonError,
  canonicalJson,
  EVENT_TYPES,
  LedgerEvent,
  safeParseEvent,
} from '../../src/index.js';
import { arbitraryLedger } from './arbitrary-ledger.js';

// Property runs are CPU-bound; on a busy shared machine they need more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

describe('safeParseEvent', () => {
  it('agrees with LedgerEvent on events, events of another type, and broken ones', () => {
    fc.assert(
      fc.property(
        arbitraryLedger(8),
        fc.constantFrom(...EVENT_TYPES, 'plan.deleted', 7),
        fc.constantFrom('keep', 'retype', 'drop-body', 'extra', 'drop-at'),
        (events, otherType, change) => {
          for (const event of events) {
            const candidate: Record<string, unknown> = { ...event };
            if (change === 'retype') candidate.type = otherType;
            if (change === 'drop-body') delete candidate.body;
            if (change === 'extra') candidate.extra = true;
            if (change === 'drop-at') delete candidate.at;
            const fast = safeParseEvent(candidate);
            const union = LedgerEvent.safeParse(candidate);
            expect(fast.success).toBe(union.success);
            if (fast.success && union.success) expect(fast.data).toEqual(union.data);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('canonicalJson limits', () => {
  it('stops at a value that refers back to itself', () => {
    const looped: Record<string, unknown> = { a: 1 };
    looped.self = looped;
    expect(() => canonicalJson(looped)).toThrow(CanonicalJsonError);
  });
});
