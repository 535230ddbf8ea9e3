/** appendEvent reads the author's chain in any order, and only a real fork stops it. */
import { describe, expect, it } from 'vitest';
import { appendEvent, type EventDraft, hashEvent, ValidationError } from '../../src/index.js';
import { MANAGER, PLAN_ID, planInput } from './ledger-helpers.js';

const issued = appendEvent([], {
  plan: PLAN_ID,
  author: MANAGER,
  at: '2026-11-01T14:00:00.000Z',
  type: 'plan.issued',
  body: { plan: planInput() },
});
const activated = appendEvent([issued], {
  plan: PLAN_ID,
  author: MANAGER,
  at: '2026-11-01T15:00:00.000Z',
  type: 'plan.activated',
  body: {},
});
const note: EventDraft = {
  plan: PLAN_ID,
  author: MANAGER,
  at: '2026-11-02T10:00:00.000Z',
  type: 'note.added',
  body: { note: 'n-1', text: 'Block 9-11 for calls' },
};

describe('appendEvent and the order of the events it is given', () => {
  it('continues from the highest seq whatever the order, and through the same event given twice', () => {
    for (const events of [
      [activated, issued],
      [issued, activated, issued],
      [activated, structuredClone(activated), issued],
    ]) {
      const next = appendEvent(events, note);
      expect(next).toMatchObject({ seq: 3, prev: hashEvent(activated), at: note.at });
    }
  });

  it('names the author, the seq and the plan of a fork it will not continue', () => {
    const other = appendEvent([issued], { ...note, at: '2026-11-01T16:00:00.000Z' });
    expect(() => appendEvent([issued, activated, other], note)).toThrow(
      `${MANAGER.id} already has two different events numbered 2 in plan ${PLAN_ID}; appending to either would continue a fork`,
    );
  });

  it('says it is the event that is invalid', () => {
    const bad = () => appendEvent([issued], { ...note, body: { note: 'n-1', text: '' } });
    expect(bad).toThrow(ValidationError);
    expect(bad).toThrow(/^Invalid event: /);
    // A draft with no time at all (from untyped input) is the schema's to refuse, never a crash.
    const timeless = () => appendEvent([issued], { ...note, at: undefined as unknown as string });
    expect(timeless).toThrow(ValidationError);
    expect(timeless).toThrow(/at: /);
  });
});
