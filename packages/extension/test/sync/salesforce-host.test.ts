import { describe, expect, it } from 'vitest';
import { salesforceApiHost, salesforceLightningHost } from '../../src/sync/salesforce/host';
import { type CookieReader, cookieSessionProvider } from '../../src/sync/salesforce/session';

describe('salesforceApiHost', () => {
  it.each([
    ['acme.lightning.force.com', 'acme.my.salesforce.com'],
    ['ACME.Lightning.Force.com', 'acme.my.salesforce.com'],
    ['acme--uat.sandbox.lightning.force.com', 'acme--uat.sandbox.my.salesforce.com'],
    ['acme-dev-ed.develop.lightning.force.com', 'acme-dev-ed.develop.my.salesforce.com'],
    ['acme.lightning.force.com.mcas.ms', 'acme.my.salesforce.com'],
    ['acme.my.salesforce.com', 'acme.my.salesforce.com'],
    ['acme--uat.sandbox.my.salesforce.com', 'acme--uat.sandbox.my.salesforce.com'],
  ])('maps %s to %s', (page, api) => {
    expect(salesforceApiHost(page)).toBe(api);
    expect(salesforceLightningHost(api)).toBe(
      page
        .toLowerCase()
        .replace(/\.mcas\.ms$/, '')
        .replace('.my.salesforce.com', '.lightning.force.com'),
    );
  });

  it.each([
    'app.hubspot.com',
    'salesforce.com',
    'evil.com/acme.lightning.force.com',
    'acme.lightning.force.com.evil.com',
    'help.salesforce.com',
  ])('is null for %s', (host) => {
    expect(salesforceApiHost(host)).toBeNull();
  });
});

function cookies(jar: { domain: string; value: string }[]): CookieReader & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async get({ url }) {
      asked.push(url);
      const host = new URL(url).hostname;
      return jar.find((cookie) => cookie.domain.replace(/^\./, '') === host) ?? null;
    },
    async getAll({ domain }) {
      return jar.filter((cookie) => cookie.domain.replace(/^\./, '').endsWith(domain));
    },
  };
}

describe('cookieSessionProvider (Salesforce Inspector Reloaded’s way)', () => {
  const sid = '00D5e0000000001!AQ0AQ.session';

  it('uses the My Domain host’s own sid, with the org id before "!"', async () => {
    const provider = cookieSessionProvider(cookies([{ domain: 'acme.my.salesforce.com', value: sid }]));
    expect(await provider.session('acme.my.salesforce.com')).toEqual({
      token: sid,
      orgId: '00D5e0000000001',
    });
  });

  it('else finds the salesforce.com session of the org the Lightning page’s sid names', async () => {
    const jar = cookies([
      { domain: 'acme.lightning.force.com', value: '00D5e0000000001!lightning.only' },
      { domain: '.other.my.salesforce.com', value: '00D9e0000000009!another.org' },
      { domain: '.login.salesforce.com', value: sid },
    ]);
    const provider = cookieSessionProvider(jar);
    expect(await provider.session('acme.my.salesforce.com')).toEqual({
      token: sid,
      orgId: '00D5e0000000001',
    });
  });

  it('is null when the user is logged out', async () => {
    const provider = cookieSessionProvider(cookies([]));
    expect(await provider.session('acme.my.salesforce.com')).toBeNull();
  });
});
