import { describe, expect, it } from 'vitest';
import { SalesforceUserInfo } from '../../src/index.js';
import { recordedBody } from './fixtures.js';

describe('Salesforce user info', () => {
  it('reads the identity-URL shape (recorded /id/{org}/{user}), whose zone is timezone', () => {
    const info = SalesforceUserInfo.parse(recordedBody('salesforce/identity.json'));
    expect(info).toEqual({
      userId: '0058c00000MoLeEAAU',
      organizationId: '00D8c00000NwOfEEAU',
      timeZone: 'America/Denver',
      email: 'morgan.lee@northwind-outfitters.test',
      username: 'morgan.lee@northwind-outfitters.test',
    });
  });

  it('reads the OpenID Connect /services/oauth2/userinfo shape (recorded), whose zone is zoneinfo', () => {
    expect(SalesforceUserInfo.parse(recordedBody('salesforce/userinfo.json'))).toEqual({
      userId: '0058c00000JoAvEAAU',
      organizationId: '00D8c00000NwOfEEAU',
      timeZone: 'America/Los_Angeles',
      email: 'jordan.avery@northwind-outfitters.test',
      username: 'jordan.avery@northwind-outfitters.test',
    });
  });

  it('needs a real user id, and drops a zone this runtime does not know', () => {
    expect(SalesforceUserInfo.safeParse({ user_id: '005', organization_id: '00D' }).success).toBe(false);
    const info = SalesforceUserInfo.parse({
      user_id: '0055e00000Rep01AAA',
      organization_id: '00D',
      timezone: 'GMT-08:00 Pacific',
    });
    expect(info.timeZone).toBeNull();
  });
});
