// @vitest-environment happy-dom
/**
 * Disputing from the overlay: a target's details offer it only when the background takes
 * overlay disputes, the form checks its fields before sending, and sends the day in the plan's
 * time zone with the rep's words.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OverlayActions } from '../../src/overlay/actions';
import { createOverlayStore } from '../../src/overlay/store';
import type { DisputeActions } from '../../src/overlay/ui/DisputeDay';
import { OverlayApp } from '../../src/overlay/ui/OverlayApp';
import { civilDateIn } from '../../src/overlay/ui/plan-today';
import { button, click, field, type Mounted, mount, type } from '../support/render-dom';
import { AS_OF, overlayState } from './state-fixture';

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

function actions(disputes?: DisputeActions): OverlayActions {
  return {
    setOpen: () => undefined,
    toggle: () => undefined,
    moveBadge: () => undefined,
    logActivity: async () => true,
    undo: async () => true,
    markRead: async () => true,
    openOptions: async () => true,
    ...(disputes ? { disputes } : {}),
  };
}

async function openPanel(overlayActions: OverlayActions): Promise<HTMLElement> {
  const store = createOverlayStore('salesforce', {
    crm: 'salesforce',
    kind: 'record',
    objectType: 'Opportunity',
    recordId: '006xx000001AbcD',
  });
  store.receive(overlayState());
  store.update({ open: true });
  mounted = await mount(OverlayApp, { store, actions: overlayActions, locale: 'en-US' });
  return mounted.container;
}

async function openCallsDetails(container: HTMLElement): Promise<HTMLElement> {
  const row = container.querySelector<HTMLElement>('[data-target-id="calls"]');
  if (!row) throw new Error('no calls row');
  await click(button(row, 'Details'));
  return row;
}

describe('civilDateIn', () => {
  it('is the plan’s date, not UTC’s', () => {
    expect(civilDateIn('2026-11-19T03:00:00Z', 'America/New_York')).toBe('2026-11-18');
    expect(civilDateIn('2026-11-19T03:00:00Z', 'Europe/Paris')).toBe('2026-11-19');
  });
});

describe('a dispute from a target’s details', () => {
  it('is not offered when the background takes no overlay disputes', async () => {
    const row = await openCallsDetails(await openPanel(actions()));
    expect(button(row, 'Dispute a day’s count')).toBeNull();
  });

  it('sends a missing count for today in the plan’s zone, after saying what the form lacks', async () => {
    const openDispute = vi.fn(async () => null);
    const loadDisputeDay = vi.fn(async () => []);
    const row = await openCallsDetails(await openPanel(actions({ openDispute, loadDisputeDay })));
    await click(button(row, 'Dispute a day’s count'));
    await click(button(row, 'Send dispute'));
    expect(openDispute).not.toHaveBeenCalled();
    expect(row.querySelector('.problem')?.textContent).toBe('Say why the count is wrong.');

    await type(field(row, 'How many are missing'), '2');
    await type(field(row, 'Reason'), 'Two calls from my mobile.');
    await click(button(row, 'Send dispute'));
    expect(openDispute).toHaveBeenCalledWith({
      metric: 'calls',
      date: civilDateIn(AS_OF, 'America/New_York'),
      kind: 'missing',
      amount: 2,
      text: 'Two calls from my mobile.',
    });
    expect(row.textContent).toContain('Dispute sent.');
  });

  it('shows the background’s refusal and keeps the form', async () => {
    const openDispute = vi.fn(async () => 'This plan is closed.');
    const row = await openCallsDetails(
      await openPanel(actions({ openDispute, loadDisputeDay: async () => [] })),
    );
    await click(button(row, 'Dispute a day’s count'));
    await type(field(row, 'Reason'), 'Missing one.');
    await click(button(row, 'Send dispute'));
    expect(row.querySelector('[role="alert"]')?.textContent).toBe('This plan is closed.');
    expect(button(row, 'Send dispute')).not.toBeNull();
  });
});
