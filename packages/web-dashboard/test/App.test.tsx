import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App } from '../src/App';

describe('App (server-rendered markup)', () => {
  const html = renderToStaticMarkup(<App initialAsOf="2025-11-25" locale="en-US" />);

  it('shows the title and the honest empty state', () => {
    expect(html).toContain('OnPace — Team');
    expect(html).toContain('No plans yet. Import a bundle file or connect the extension.');
  });

  it('renders the import and as-of controls with their data-onpace hooks', () => {
    expect(html).toMatch(/<input[^>]*type="file"[^>]*data-onpace="import-bundle"/);
    expect(html).toMatch(/<input[^>]*type="date"[^>]*data-onpace="as-of"[^>]*value="2025-11-25"/);
  });

  it('shows the initial as-of date', () => {
    expect(html).toContain(
      '<time data-onpace="as-of-display" dateTime="2025-11-25">Tuesday, November 25, 2025</time>',
    );
  });

  it('says so when no as-of date is chosen', () => {
    const empty = renderToStaticMarkup(<App initialAsOf="" locale="en-US" />);
    expect(empty).toContain('<span data-onpace="as-of-display">no date chosen</span>');
  });
});
