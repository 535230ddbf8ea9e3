import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App } from '../src/App';
import { DEMO_AS_OF } from '../src/data/demo/roster';

const notConnected = async () => ({ kind: 'not-connected' as const });

describe('App (server-rendered markup)', () => {
  const html = renderToStaticMarkup(
    <App
      db={null}
      request={{ kind: 'demo', benchPlans: 200 }}
      today="2025-11-25"
      locale="en-US"
      pullExtension={notConnected}
    />,
  );

  it('shows the brand and the views', () => {
    expect(html).toContain('OnPace');
    expect(html).toMatch(/<a href="#\/"[^>]*>Team<\/a>/);
    expect(html).toMatch(/<a href="#\/trends"[^>]*>Trends<\/a>/);
  });

  it('renders the import and as-of controls with their data-onpace hooks', () => {
    expect(html).toMatch(/<input[^>]*type="file"[^>]*data-onpace="import-bundle"/);
    expect(html).toMatch(
      new RegExp(`<input[^>]*type="date"[^>]*data-onpace="as-of"[^>]*value="${DEMO_AS_OF}"`),
    );
  });

  it('opens the demo team on its fixed demo date, not today', () => {
    expect(html).toContain(
      '<time data-onpace="as-of-display" dateTime="2026-11-18">Wednesday, November 18, 2026</time>',
    );
  });

  it('renders one row per demo plan with a status on every target', () => {
    const rows = html.match(/<tr data-plan-id="[^"]+"/g) ?? [];
    expect(rows).toHaveLength(8);
    expect(html).toMatch(
      /data-target-id="calls" data-status="(achieved|ahead|on-track|at-risk|behind|missed|not-started)"/,
    );
  });
});
