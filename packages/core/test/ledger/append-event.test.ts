import { describe, expect, it } from 'vitest';
import { appendEvent, hashEvent, type LedgerEventInput, ValidationError } from '../../src/index.js';
import { MANAGER, PLAN_ID, planInput, REP } from './ledger-helpers.js';

const issued = appendEvent([], {
  plan: PLAN_ID,
  author: MANAGER,
  at: '2026-11-01T14:00:00.000Z',
  type: 'plan.issued',
  body: { plan: planInput() },
});

describe('appendEvent', () => {
  it("fills format, v, seq and prev from the author's own chain", () => {
    expect(issued).toMatchObject({ format: 'onpace.event', v: 1, seq: 1, prev: null });
    const note = appendEvent([issued], {
      plan: PLAN_ID,
      author: MANAGER,
      at: '2026-11-01T15:00:00.000Z',
      type: 'note.added',
      body: { note: 'n-1', text: 'Open with the follow-up.' },
    });
    expect(note).toMatchObject({ seq: 2, prev: hashEvent(issued), at: '2026-11-01T15:00:00.000Z' });
    expect(Object.keys(note).sort()).toEqual([
      'at',
      'author',
      'body',
      'format',
      'plan',
      'prev',
      'seq',
      'type',
      'v',
    ]);
    const repFirst = appendEvent([issued, note], {
      plan: PLAN_ID,
      author: REP,
      at: '2026-11-01T16:00:00.000Z',
      type: 'plan.acknowledged',
      body: { revision: hashEvent(issued) },
    });
    expect(repFirst).toMatchObject({ seq: 1, prev: null });
  });

  it("counts only the same plan's events", () => {
    const elsewhere = { ...issued, plan: 'plan-other', body: { plan: planInput({ id: 'plan-other' }) } };
    const next = appendEvent([elsewhere as LedgerEventInput], {
      plan: PLAN_ID,
      author: MANAGER,
      at: '2026-11-01T14:00:00.000Z',
      type: 'plan.issued',
      body: { plan: planInput() },
    });
    expect(next.seq).toBe(1);
  });

  it("dates an event a millisecond after the author's previous one when its clock is not later", () => {
    const draft = {
      plan: PLAN_ID,
      author: MANAGER,
      type: 'plan.activated',
      body: {},
    } as const;
    expect(appendEvent([issued], { ...draft, at: issued.at }).at).toBe('2026-11-01T14:00:00.001Z');
    expect(appendEvent([issued], { ...draft, at: '2026-10-01T00:00:00.000Z' }).at).toBe(
      '2026-11-01T14:00:00.001Z',
    );
  });

  it('throws a ValidationError naming each bad field of the draft', () => {
    const bad = () =>
      appendEvent([issued], {
        plan: PLAN_ID,
        author: MANAGER,
        at: '2026-11-01T15:00:00.000Z',
        type: 'note.added',
        body: { note: 'n-1', text: '' },
      });
    expect(bad).toThrow(ValidationError);
    expect(bad).toThrow(/body\.text: must not be empty/);
  });

  it('refuses to continue a chain that already forked', () => {
    const other = appendEvent([], {
      plan: PLAN_ID,
      author: MANAGER,
      at: '2026-11-01T14:00:00.000Z',
      type: 'plan.issued',
      body: { plan: planInput({ title: 'Another first revision' }) },
    });
    expect(() =>
      appendEvent([issued, other], {
        plan: PLAN_ID,
        author: MANAGER,
        at: '2026-11-02T14:00:00.000Z',
        type: 'plan.activated',
        body: {},
      }),
    ).toThrow(/two different events numbered 1/);
  });
});
