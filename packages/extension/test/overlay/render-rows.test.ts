// @vitest-environment happy-dom
/**
 * The overlay's markup from an OverlayState built with core's evaluatePlan (worked example):
 * one row per target with the stable hooks, the cadence figures, the next-action sentence,
 * text never rendered as HTML, and discreet mode keeping the plan's label off the page.
 */

import { assessAttainability, computeBaseline } from '@onpace/core/diagnosis';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { OverlayActions } from '../../src/overlay/actions';
import { createOverlayStore } from '../../src/overlay/store';
import { OverlayApp } from '../../src/overlay/ui/OverlayApp';
import { ACTIVITIES, AS_OF, overlayState, PLAN } from './state-fixture';

const NO_ACTIONS: OverlayActions = {
  setOpen: () => undefined,
  toggle: () => undefined,
  moveBadge: () => undefined,
  logActivity: async () => true,
  undo: async () => true,
  markRead: async () => true,
  openOptions: async () => true,
};

function render(state = overlayState(), open = true): string {
  const store = createOverlayStore('salesforce', {
    crm: 'salesforce',
    kind: 'record',
    objectType: 'Opportunity',
    recordId: '006xx000001AbcD',
  });
  store.receive(state);
  store.update({ open });
  // React separates adjacent text with empty comments; they are not part of what a rep sees.
  return renderToString(
    createElement(OverlayApp, { store, actions: NO_ACTIONS, locale: 'en-US' }),
  ).replaceAll('<!-- -->', '');
}

function rows(html: string): { id: string; status: string }[] {
  return [...html.matchAll(/data-target-id="([^"]+)" data-status="([^"]+)"/g)].map((match) => ({
    id: match[1] ?? '',
    status: match[2] ?? '',
  }));
}

describe('the open panel', () => {
  const html = render();

  it('has one row per target with data-target-id and the status word of pace.md', () => {
    expect(rows(html)).toEqual([
      { id: 'pipeline', status: 'at-risk' },
      { id: 'opps', status: 'at-risk' },
      { id: 'calls', status: 'at-risk' },
    ]);
  });

  it('shows the figures of each cadence: today, this week, the plan', () => {
    expect(html).toContain('20/50 <span class="scope">today</span>');
    expect(html).toContain('2/5 <span class="scope">this week</span>');
    expect(html).toContain('$60,000/$100,000 <span class="scope">plan</span>');
  });

  it('leads each row with the next action', () => {
    expect(html).toContain('30 more calls by 17:00 keeps you on pace');
    expect(html).toContain('1.2 opps a day for the rest of the week');
    expect(html).toContain('Pipeline: $7,273 a day from here');
  });

  it('titles the panel with the plan label, business day 13 of 18 and the sync dot', () => {
    expect(html).toContain('Growth plan');
    expect(html).toContain('Business day 13 of 18');
    expect(html).toContain('data-sync="ok"');
  });

  it('status is a word and an icon, never colour alone', () => {
    expect(html).toMatch(/<span class="status-icon" aria-hidden="true">.<\/span>at risk/);
  });

  it('renders a note as text: markup in it stays inert', () => {
    expect(html).toContain('Block 9-11 for calls. &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('data-unread="true"');
  });

  it('offers +1 for counts and an amount field for money', () => {
    expect(html).toContain('+1 call');
    expect(html).toMatch(/<input type="number"[^>]*aria-label="Amount of pipeline"/);
  });

  it('rows expand with a button that says whether it is expanded', () => {
    expect(html).toMatch(
      /<button type="button" class="link-button" aria-expanded="false" aria-controls="[^"]+">Details/,
    );
  });

  it('announces changes politely', () => {
    expect(html).toContain('aria-live="polite"');
  });
});

describe('target details: the chance of meeting each target', () => {
  it('shows core’s words for each target, the plan’s settled days as history', () => {
    const html = render();
    const chances = assessAttainability(PLAN, computeBaseline(PLAN, ACTIVITIES), {
      asOf: AS_OF,
      activities: ACTIVITIES,
    });
    const calls = chances.find((entry) => entry.targetId === 'calls');
    // 12 settled days of the plan make a sample: a verdict, not no-data.
    expect(calls?.verdict).not.toBe('no-data');
    expect(calls?.reason).toMatch(/^You reached 50 calls on 11 of your last 12 working days/);
    for (const entry of chances) {
      expect(html).toContain(
        `data-onpace="attainability" data-verdict="${entry.verdict}">${entry.reason.replaceAll('&', '&amp;')}</p>`,
      );
    }
  });
});

describe('the collapsed badge', () => {
  it('shows the status icon and the most pressing figure', () => {
    const html = render(overlayState(), false);
    expect(html).toContain('data-testid="onpace-badge"');
    expect(html).toContain('data-status="at-risk"');
    // All three are at risk: today's figure is the one for the next ten minutes.
    expect(html).toContain('<span class="num">20/50 calls</span>');
    expect(html).not.toContain('data-testid="onpace-panel"');
  });
});

describe('discreet mode', () => {
  const discreet = overlayState({ settings: { discreet: true, neutralLabel: 'My progress' } });

  it('collapsed: a neutral icon only, no figure, no status', () => {
    const html = render(discreet, false);
    expect(html).not.toMatch(/data-status=/);
    expect(html).not.toContain('/50');
    expect(html).not.toContain('Growth plan');
  });

  it('open: figures appear, the neutral label replaces the plan label everywhere', () => {
    const html = render(discreet, true);
    expect(html).toContain('My progress');
    expect(html).toContain('20/50');
    expect(html).not.toContain('Growth plan');
    expect(html).not.toContain('improvement plan');
  });
});

describe('no plan', () => {
  it('one quiet line with a button to the options page (a CRM page may not link to it)', () => {
    const html = render(overlayState({ plan: null, quickLog: [] }), false);
    expect(html).toContain('data-testid="onpace-no-plan"');
    expect(html).toMatch(/<button type="button" class="link-button">Set one up<\/button>/);
    expect(html).not.toContain('chrome-extension://');
    expect(html).not.toContain('onpace-badge');
  });

  it('nothing at all in discreet mode', () => {
    const html = render(
      overlayState({ plan: null, quickLog: [], settings: { discreet: true, neutralLabel: 'x' } }),
      false,
    );
    expect(html).toBe('');
  });
});

describe('pages the overlay leaves alone', () => {
  it('renders nothing on an `other` page', () => {
    const store = createOverlayStore('hubspot', { crm: 'hubspot', kind: 'other' });
    store.receive(overlayState());
    expect(renderToString(createElement(OverlayApp, { store, actions: NO_ACTIONS, locale: 'en-US' }))).toBe(
      '',
    );
  });
});
