import { describe, expect, it } from 'vitest';
import {
  HubSpotAccountDetails,
  HubSpotOwnersPage,
  HubSpotTokenInfo,
  hubspotPeople,
  initialPlanTimeZone,
  SalesforceQueryPage,
  SalesforceUserRow,
  salesforcePeople,
  soqlForDirectReports,
} from '../../src/index.js';
import { recordedBody } from '../crm/fixtures.js';

const MORGAN_ID = '0058c00000MoLeEAAU';

describe('people from the CRM', () => {
  it('reads the recorded direct reports, each with their own zone, and lists them before everyone else', () => {
    const page = SalesforceQueryPage.parse(recordedBody('salesforce/query-user-direct-reports.json'));
    const reports = page.records.map((row) => SalesforceUserRow.parse(row));
    const everyone = [
      ...reports,
      SalesforceUserRow.parse({ Id: MORGAN_ID, Name: 'Morgan Lee', TimeZoneSidKey: 'America/Los_Angeles' }),
      SalesforceUserRow.parse({
        Id: '0058c00000AaAaEAAU',
        Name: 'Aaron Abbott',
        TimeZoneSidKey: 'Not/AZone',
      }),
    ];
    const people = salesforcePeople(reports, everyone, MORGAN_ID);
    expect(people.map((person) => [person.name, person.reportsToMe])).toEqual([
      ['Jordan Avery', true],
      ['Priya Singh', true],
      ['Sam Okafor', true],
      ['Aaron Abbott', false],
      ['Morgan Lee', false],
    ]);
    expect(people.find((person) => person.name === 'Jordan Avery')?.timeZone).toBe('America/Los_Angeles');
    expect(people.find((person) => person.name === 'Aaron Abbott')?.timeZone).toBeNull();
    expect(people.filter((person) => person.isMe).map((person) => person.name)).toEqual(['Morgan Lee']);
  });

  it("asks for the user's direct reports by ManagerId, quoting the id", () => {
    expect(soqlForDirectReports(MORGAN_ID)).toContain(`ManagerId = '${MORGAN_ID}'`);
    expect(soqlForDirectReports("x' OR Name != '")).toContain("ManagerId = 'x\\' OR Name != \\''");
  });

  it('reads the recorded owners, token info and account details', () => {
    const owners = HubSpotOwnersPage.parse(recordedBody('hubspot/owners-list.json'));
    const info = HubSpotTokenInfo.parse(recordedBody('hubspot/oauth-access-token.json'));
    const me = owners.results.find((owner) => owner.userId === info.user_id) ?? null;
    expect(me?.email).toBe(info.user);
    const people = hubspotPeople(owners.results, me?.id ?? null);
    expect(people.map((person) => person.name)).toEqual(['Jordan Avery', 'Morgan Lee', 'Priya Singh']);
    expect(people.find((person) => person.isMe)?.name).toBe('Morgan Lee');
    const details = HubSpotAccountDetails.parse(recordedBody('hubspot/account-info-details.json'));
    expect(initialPlanTimeZone({ rep: null, account: details.timeZone, browser: 'Europe/Berlin' })).toBe(
      'US/Pacific',
    );
  });
});

describe('initialPlanTimeZone', () => {
  it("starts as the rep's zone, else the account's, else the browser's, never UTC by default", () => {
    expect(
      initialPlanTimeZone({ rep: 'America/New_York', account: 'US/Pacific', browser: 'Europe/Berlin' }),
    ).toBe('America/New_York');
    expect(initialPlanTimeZone({ rep: 'Mars/Olympus', account: null, browser: 'Europe/Berlin' })).toBe(
      'Europe/Berlin',
    );
    expect(initialPlanTimeZone({})).toBeNull();
  });
});
