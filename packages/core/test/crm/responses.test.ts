import { describe, expect, it } from 'vitest';
import { SalesforceUserInfo } from '../../src/index.js';
import { readFixture } from './fixtures.js';

describe('Salesforce user info', () => {
  it('reads the identity-URL shape (SwiftlySalesforce MockIdentity) with its timezone', () => {
    const info = SalesforceUserInfo.parse(readFixture('salesforce/swiftlysalesforce__MockIdentity.json'));
    expect(info).toEqual({
      userId: '005i00000016AAAAAA',
      organizationId: '00Di0000000bAAAAAAA',
      timeZone: 'America/Los_Angeles',
      email: 'jsmith@megacorp.com',
      username: 'john@playground.com',
    });
  });

  it('reads the OpenID Connect /services/oauth2/userinfo shape, whose zone is zoneinfo', () => {
    // Written 2026-11-25 after the OpenID Connect field list Salesforce documents for UserInfo.
    const userinfo = {
      sub: 'https://login.salesforce.com/id/00D5e000000AcmeEAA/0055e00000Rep01AAA',
      user_id: '0055e00000Rep01AAA',
      organization_id: '00D5e000000AcmeEAA',
      preferred_username: 'riley@acme.test',
      nickname: 'riley',
      name: 'Riley Rep',
      email: 'riley@acme.test',
      email_verified: true,
      zoneinfo: 'America/New_York',
      utcOffset: -18000000,
    };
    expect(SalesforceUserInfo.parse(userinfo)).toMatchObject({
      userId: '0055e00000Rep01AAA',
      timeZone: 'America/New_York',
      username: 'riley@acme.test',
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
