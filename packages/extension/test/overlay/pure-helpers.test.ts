/** The overlay's pure helpers: layout clamping, announcements, answers, figures (status looks: core's present tests). */
import { describe, expect, it } from 'vitest';
import { parseResponse } from '../../src/overlay/client/background-client';
import { statusChanges } from '../../src/overlay/ui/announcements';
import { barShares, cadenceFigures } from '../../src/overlay/ui/figures';
import { clampOffset, panelBox } from '../../src/overlay/ui/layout';
import { overlayState } from './state-fixture';

const VIEWPORT = { width: 1280, height: 720 };
const BADGE = { width: 120, height: 32 };
const SALESFORCE = { top: 90, right: 0, bottom: 40, left: 0 };

describe('layout', () => {
  it('keeps a stored offset inside the free area, clear of header and utility bar', () => {
    expect(clampOffset({ right: 16, bottom: 16 }, SALESFORCE, VIEWPORT, BADGE)).toEqual({
      right: 16,
      bottom: 16,
    });
    // Dragged far up: stops below the 90 px header (720 - 90 - 40 - 32 - 8 = 550).
    expect(clampOffset({ right: 16, bottom: 5000 }, SALESFORCE, VIEWPORT, BADGE)).toEqual({
      right: 16,
      bottom: 550,
    });
    expect(clampOffset({ right: -50, bottom: -3 }, SALESFORCE, VIEWPORT, BADGE)).toEqual({
      right: 8,
      bottom: 8,
    });
  });

  it('opens the panel above the badge, or below it when the badge sits high', () => {
    const low = panelBox({ right: 16, bottom: 16 }, SALESFORCE, VIEWPORT, BADGE);
    expect(low).toEqual({ right: 16, bottom: 40 + 16 + 32 + 8, maxHeight: 720 - 90 - 56 - 32 - 16 });
    const high = panelBox({ right: 16, bottom: 550 }, SALESFORCE, VIEWPORT, BADGE);
    expect(high.top).toBe(720 - 590 + 8);
    expect(high.bottom).toBeUndefined();
  });
});

describe('announcements', () => {
  const before = overlayState();
  it('say nothing on the first state or when nothing changed', () => {
    expect(statusChanges(null, before)).toBe('');
    expect(statusChanges(before, before)).toBe('');
  });

  it('name each target whose status changed', () => {
    const plan = before.plan;
    if (!plan) throw new Error('fixture has a plan');
    const after = {
      ...before,
      plan: {
        ...plan,
        targets: plan.targets.map((target) =>
          target.targetId === 'calls' ? { ...target, status: 'on-track' as const } : target,
        ),
      },
    };
    expect(statusChanges(before, after)).toBe('Calls: now on track');
  });
});

describe('answers from the background', () => {
  it('accepts a well-formed state and names the first problem of a bad one', () => {
    expect(parseResponse({ ok: true, state: overlayState() }).ok).toBe(true);
    expect(parseResponse({ ok: false, error: 'no plan store yet' })).toEqual({
      ok: false,
      error: 'no plan store yet',
    });
    const bad = parseResponse({ ok: true, state: { ...overlayState(), asOf: 7 } });
    expect(bad).toEqual({
      ok: false,
      error: expect.stringMatching(/^unexpected answer from the background: /),
    });
    expect(parseResponse(undefined).ok).toBe(false);
  });
});

describe('figures', () => {
  const plan = overlayState().plan;
  if (!plan) throw new Error('fixture has a plan');
  const byId = (id: string) => {
    const found = plan.targets.find((target) => target.targetId === id);
    if (!found) throw new Error(`no target ${id}`);
    return found;
  };

  it('today for daily, this week for weekly, the plan for plan cadence', () => {
    expect(cadenceFigures(byId('calls'))).toEqual({
      actual: 20,
      goal: 50,
      expected: 25,
      scope: 'today',
    });
    expect(cadenceFigures(byId('opps'))).toMatchObject({
      actual: 2,
      goal: 5,
      scope: 'this week',
    });
    expect(cadenceFigures(byId('pipeline'))).toMatchObject({
      actual: 60_000,
      scope: 'plan',
    });
  });

  it('bar shares are clamped', () => {
    expect(barShares({ actual: 70, goal: 50, expected: 25, scope: 'today' })).toEqual({ done: 1, pace: 0.5 });
    expect(barShares({ actual: 0, goal: 0, expected: 0, scope: 'plan' })).toEqual({ done: 0, pace: 0 });
  });
});
