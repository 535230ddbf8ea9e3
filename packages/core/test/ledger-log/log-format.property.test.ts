import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEventInput } from '../../src/ledger/index.js';
import { acceptLogCopy, parseLogChunk, splitLog } from '../../src/ledger-log/index.js';
import { utf8ByteLength } from '../../src/ledger-log/split.js';
import { LedgerScript, MANAGER, PLAN_ID } from '../ledger/ledger-helpers.js';

const noteText = fc
  .string({ minLength: 1, maxLength: 400, unit: 'grapheme' })
  .filter((text) => text.length > 0);

function chainOf(texts: readonly string[]): LedgerEventInput[] {
  const script = new LedgerScript();
  script.issue();
  texts.forEach((text, index) => {
    script.write(MANAGER, 'note.added', { note: `n-${index}`, text });
  });
  return script.events;
}

const base = { plan: PLAN_ID, author: MANAGER.id };

describe('log format properties', () => {
  it('split then parse gives back exactly the events, each chunk within its budget', () => {
    fc.assert(
      fc.property(
        fc.array(noteText, { maxLength: 25 }),
        fc.integer({ min: 2_500, max: 20_000 }),
        (texts, budget) => {
          const events = chainOf(texts);
          const chunks = splitLog({ ...base, events }, budget);
          for (const chunk of chunks)
            expect(new TextEncoder().encode(chunk).length).toBeLessThanOrEqual(budget);
          const back = chunks.flatMap((text) => {
            const parsed = parseLogChunk(text);
            if (!parsed.ok) throw new Error(parsed.error);
            return parsed.chunk.events;
          });
          expect(back).toEqual(events);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('any known prefix is extended by the full log, whatever the order of the copy', () => {
    fc.assert(
      fc.property(
        fc.array(noteText, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.integer(),
        (texts, cut, shuffleSeed) => {
          const events = chainOf(texts);
          const known = events.slice(0, cut % (events.length + 1));
          const copy = [...events].sort(
            (a, b) => ((a.seq * 7919 + shuffleSeed) % 13) - ((b.seq * 7919 + shuffleSeed) % 13),
          );
          const result = acceptLogCopy({ ...base, known, copy, whole: true });
          if (known.length === events.length) expect(result.status).toBe('unchanged');
          else {
            expect(result.status).toBe('extended');
            if (result.status === 'extended') expect(result.added).toEqual(events.slice(known.length));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('changing any event already seen makes the copy a refused fork', () => {
    fc.assert(
      fc.property(
        fc.array(noteText, { minLength: 1, maxLength: 10 }),
        fc.nat(),
        noteText,
        (texts, pick, replacement) => {
          const events = chainOf(texts);
          const index = 1 + (pick % (events.length - 1));
          const original = events[index] as LedgerEventInput & { body: { text: string } };
          fc.pre(original.body.text !== replacement);
          const rewritten = chainOf(texts.map((text, at) => (at === index - 1 ? replacement : text)));
          const result = acceptLogCopy({ ...base, known: events, copy: rewritten, whole: true });
          expect(result.status).toBe('refused');
          if (result.status === 'refused') expect(result.problem.code).toBe('fork');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('utf8ByteLength', () => {
  it('counts as TextEncoder does, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(fc.constantFrom('\ud800', '\udfff'), fc.string({ unit: 'grapheme', maxLength: 1 })),
        }),
        (text) => {
          expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
