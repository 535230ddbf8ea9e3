import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ExtensionStatus } from '../src/components/ExtensionStatus';

describe('ExtensionStatus', () => {
  it('tells the user which address to approve, and where, while the extension refuses this page', () => {
    const html = renderToStaticMarkup(
      <ExtensionStatus state={{ kind: 'not-approved', origin: 'http://localhost:4173' }} onPull={() => {}} />,
    );
    expect(html).toContain('data-state="not-approved"');
    expect(html).toContain('Waiting for your approval in the extension');
    expect(html).toContain('Dashboard access, and approve http://localhost:4173');
  });
});
