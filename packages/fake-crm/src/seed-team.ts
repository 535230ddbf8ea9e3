/**
 * A sales team in one Salesforce org and one HubSpot portal: a manager (who sells a little too)
 * and their reps, each with their own session and token, time zone and activity, plus a peer
 * outside the manager's team whose records the manager must not see. Salesforce is set to a
 * private sharing model with a role hierarchy (VP → team manager → team reps; the outsider is a
 * rep under another branch) and `ManagerId` naming each rep's manager; HubSpot puts the manager
 * and reps on one team, gives the manager "team" access and each rep "owned only".
 *
 * Each person's activity is a `seedQuarter` story of their own; record ids are renumbered so the
 * people's records never collide, and `expected` keeps, per person, what the default definitions
 * must count inside the window.
 */

import { salesforceId } from './salesforce-ids.js';
import type {
  FakeCrmSeed,
  HubSpotOwnerSeed,
  HubSpotRecord,
  HubSpotUserToken,
  SalesforceRecord,
  SalesforceRole,
  SalesforceSession,
  SalesforceUser,
} from './seed.js';
import { type ActivitiesPerDay, type ExpectedActivity, seedQuarter } from './seed-quarter.js';

export interface TeamMemberOptions {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly timeZone: string;
  readonly title?: string;
  readonly activitiesPerDay?: Partial<ActivitiesPerDay>;
}

export interface SeedTeamOptions {
  /** First day of the synced span (a civil date, e.g. the baseline's first day) and its length. */
  readonly start: string;
  readonly days: number;
  readonly manager?: TeamMemberOptions;
  readonly reps?: readonly TeamMemberOptions[];
  /** Add the outsider's records, deleted records and other noise (default true). */
  readonly noise?: boolean;
  /** The HubSpot account's time zone (default the manager's). */
  readonly hubspotTimeZone?: string;
}

export type TeamRole = 'manager' | 'rep' | 'outsider';

/** One person of the seeded org: their ids and credentials in both CRMs, and what must count. */
export interface TeamMember {
  readonly role: TeamRole;
  readonly email: string;
  readonly name: string;
  readonly timeZone: string;
  readonly salesforceUserId: string;
  readonly salesforceSessionId: string;
  readonly hubspotOwnerId: string;
  readonly hubspotUserId: number;
  readonly hubspotToken: string;
  readonly expected: { readonly salesforce: ExpectedActivity[]; readonly hubspot: ExpectedActivity[] };
}

export interface SeededTeam extends FakeCrmSeed {
  readonly manager: TeamMember;
  readonly reps: readonly TeamMember[];
  /** A rep on another team: their records exist, the manager cannot see them. */
  readonly outsider: TeamMember;
  readonly window: {
    readonly fromUtc: string;
    readonly toUtc: string;
    readonly fromMs: number;
    readonly toMs: number;
  };
}

export const DEFAULT_TEAM_MANAGER: TeamMemberOptions = {
  email: 'morgan.lee@northwind.test',
  firstName: 'Morgan',
  lastName: 'Lee',
  timeZone: 'America/New_York',
  title: 'Sales Manager, East',
  // A manager sells a little: a few calls and emails a day, the odd meeting.
  activitiesPerDay: { calls: 4, emails: 6, meetings: 0.5, opportunities: 0.1, leads: 0.5 },
};

export const DEFAULT_TEAM_REPS: readonly TeamMemberOptions[] = [
  { email: 'avery.chen@northwind.test', firstName: 'Avery', lastName: 'Chen', timeZone: 'America/New_York' },
  { email: 'blake.ortiz@northwind.test', firstName: 'Blake', lastName: 'Ortiz', timeZone: 'America/Chicago' },
  {
    email: 'dana.brooks@northwind.test',
    firstName: 'Dana',
    lastName: 'Brooks',
    timeZone: 'America/Los_Angeles',
    activitiesPerDay: { calls: 22, emails: 15 },
  },
];

const ORG_ID = salesforceId('00D', 1);
/** `seedQuarter` writes its noise as records of this user and owner: the team's outsider. */
const OUTSIDER_SALESFORCE_ID = salesforceId('005', 2);
const OUTSIDER_OWNER_ID = '71000002';
const OUTSIDER_USER_ID = 12_282_591;

const ROLES = {
  vp: salesforceId('00E', 1),
  manager: salesforceId('00E', 2),
  rep: salesforceId('00E', 3),
  otherRep: salesforceId('00E', 4),
} as const;

const TEAM_ID = '5530127';
const OTHER_TEAM_ID = '5530128';

function slug(email: string): string {
  return (email.split('@')[0] ?? email).replace(/[^a-z0-9]/gi, '').toLowerCase();
}

/** Renumbers one person's records so ids stay unique across the org, keeping references intact. */
class IdRenumbering {
  private readonly salesforceCounters = new Map<string, number>();

  salesforce(records: readonly SalesforceRecord[], ids: Map<string, string>): void {
    for (const record of records) {
      const prefix = record.Id.slice(0, 3);
      const next = (this.salesforceCounters.get(prefix) ?? 0) + 1;
      this.salesforceCounters.set(prefix, next);
      ids.set(record.Id, salesforceId(prefix, next));
    }
  }

  static applySalesforce(records: readonly SalesforceRecord[], ids: Map<string, string>): SalesforceRecord[] {
    return records.map((record) => {
      const copy: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(record)) {
        copy[field] = typeof value === 'string' ? (ids.get(value) ?? value) : value;
      }
      return copy as SalesforceRecord;
    });
  }

  static applyHubSpot(
    records: readonly HubSpotRecord[],
    offset: number,
    ids: Map<string, string>,
  ): HubSpotRecord[] {
    return records.map((record) => {
      const id = String(Number(record.id) + offset);
      ids.set(record.id, id);
      return { ...record, id, properties: { ...record.properties, hs_object_id: id } };
    });
  }
}

/** Each person's HubSpot ids are shifted by this much times their index (a story has far fewer). */
const HUBSPOT_ID_STRIDE = 1_000_000;

export function seedTeam(options: SeedTeamOptions): SeededTeam {
  const managerOptions = options.manager ?? DEFAULT_TEAM_MANAGER;
  const repOptions = options.reps ?? DEFAULT_TEAM_REPS;
  const renumbering = new IdRenumbering();
  const salesforceRecords: FakeCrmSeed['salesforce']['records'] = {
    Task: [],
    Event: [],
    Opportunity: [],
    Lead: [],
  };
  const hubspotObjects: FakeCrmSeed['hubspot']['objects'] = {
    calls: [],
    emails: [],
    meetings: [],
    deals: [],
    contacts: [],
  };
  const users: SalesforceUser[] = [];
  const sessions: SalesforceSession[] = [];
  const owners: HubSpotOwnerSeed[] = [];
  const userTokens: HubSpotUserToken[] = [];
  let window: SeededTeam['window'] | null = null;

  const people = [
    { role: 'manager' as const, person: managerOptions },
    ...repOptions.map((person) => ({ role: 'rep' as const, person })),
  ];
  const members: TeamMember[] = people.map(({ role, person }, index) => {
    const salesforceUserId = salesforceId('005', 10 + index);
    const hubspotOwnerId = String(71_000_010 + index);
    const hubspotUserId = 12_282_600 + index;
    const quarter = seedQuarter({
      email: person.email,
      start: options.start,
      days: options.days,
      timeZone: person.timeZone,
      repSalesforceId: salesforceUserId,
      hubspotOwnerId,
      noise: options.noise ?? true,
      ...(person.activitiesPerDay === undefined ? {} : { activitiesPerDay: person.activitiesPerDay }),
    });
    window ??= quarter.window;
    const salesforceIds = new Map<string, string>();
    for (const object of ['Task', 'Event', 'Opportunity', 'Lead'] as const) {
      renumbering.salesforce(quarter.salesforce.records[object], salesforceIds);
    }
    for (const object of ['Task', 'Event', 'Opportunity', 'Lead'] as const) {
      salesforceRecords[object].push(
        ...IdRenumbering.applySalesforce(quarter.salesforce.records[object], salesforceIds),
      );
    }
    const hubspotIds = new Map<string, string>();
    for (const object of ['calls', 'emails', 'meetings', 'deals', 'contacts'] as const) {
      hubspotObjects[object].push(
        ...IdRenumbering.applyHubSpot(quarter.hubspot.objects[object], index * HUBSPOT_ID_STRIDE, hubspotIds),
      );
    }
    const salesforceSessionId = `${ORG_ID.slice(0, 15)}!fake.session.${slug(person.email)}`;
    const hubspotToken = `fake-oauth-${slug(person.email)}`;
    users.push({
      userId: salesforceUserId,
      organizationId: ORG_ID,
      username: person.email,
      email: person.email,
      firstName: person.firstName,
      lastName: person.lastName,
      timeZone: person.timeZone,
      locale: 'en_US',
      title: person.title ?? (role === 'manager' ? 'Sales Manager' : 'Account Executive'),
      managerId: role === 'rep' ? salesforceId('005', 10) : null,
      roleId: role === 'manager' ? ROLES.manager : ROLES.rep,
      isActive: true,
    });
    sessions.push({ sessionId: salesforceSessionId, userId: salesforceUserId });
    owners.push({
      id: hubspotOwnerId,
      email: person.email,
      firstName: person.firstName,
      lastName: person.lastName,
      userId: hubspotUserId,
      createdAt: '2025-03-10T17:26:41.093Z',
      updatedAt: '2026-09-14T16:44:02.518Z',
      archived: false,
      teams: [{ id: TEAM_ID, name: 'East', primary: true }],
    });
    userTokens.push({
      token: hubspotToken,
      userId: hubspotUserId,
      access: role === 'manager' ? 'team' : 'owned',
      scopes: [
        'crm.objects.contacts.read',
        'crm.objects.deals.read',
        'crm.objects.owners.read',
        'sales-email-read',
        'oauth',
      ],
    });
    const rename = (list: readonly ExpectedActivity[], ids: Map<string, string>) =>
      list.map((activity) => ({ ...activity, id: ids.get(activity.id) ?? activity.id }));
    return {
      role,
      email: person.email,
      name: `${person.firstName} ${person.lastName}`,
      timeZone: person.timeZone,
      salesforceUserId,
      salesforceSessionId,
      hubspotOwnerId,
      hubspotUserId,
      hubspotToken,
      expected: {
        salesforce: rename(quarter.expected.salesforce, salesforceIds),
        hubspot: rename(quarter.expected.hubspot, hubspotIds),
      },
    };
  });

  const outsider: TeamMember = {
    role: 'outsider',
    email: 'casey.colleague@northwind.test',
    name: 'Casey Colleague',
    timeZone: 'America/Denver',
    salesforceUserId: OUTSIDER_SALESFORCE_ID,
    salesforceSessionId: `${ORG_ID.slice(0, 15)}!fake.session.caseycolleague`,
    hubspotOwnerId: OUTSIDER_OWNER_ID,
    hubspotUserId: OUTSIDER_USER_ID,
    hubspotToken: 'fake-oauth-caseycolleague',
    // The noise of every story is the outsider's: nothing of it counts for the team.
    expected: { salesforce: [], hubspot: [] },
  };
  users.push({
    userId: outsider.salesforceUserId,
    organizationId: ORG_ID,
    username: outsider.email,
    email: outsider.email,
    firstName: 'Casey',
    lastName: 'Colleague',
    timeZone: outsider.timeZone,
    locale: 'en_US',
    title: 'Account Executive',
    managerId: null,
    roleId: ROLES.otherRep,
    isActive: true,
  });
  sessions.push({ sessionId: outsider.salesforceSessionId, userId: outsider.salesforceUserId });
  owners.push({
    id: outsider.hubspotOwnerId,
    email: outsider.email,
    firstName: 'Casey',
    lastName: 'Colleague',
    userId: outsider.hubspotUserId,
    createdAt: '2024-01-15T10:00:00.000Z',
    updatedAt: '2026-01-15T10:00:00.000Z',
    archived: false,
    teams: [{ id: OTHER_TEAM_ID, name: 'West', primary: true }],
  });
  userTokens.push({
    token: outsider.hubspotToken,
    userId: outsider.hubspotUserId,
    access: 'owned',
    scopes: ['crm.objects.contacts.read', 'crm.objects.deals.read', 'crm.objects.owners.read', 'oauth'],
  });

  const roles: SalesforceRole[] = [
    { id: ROLES.vp, name: 'VP Sales', parentRoleId: null },
    { id: ROLES.manager, name: 'Sales Manager, East', parentRoleId: ROLES.vp },
    { id: ROLES.rep, name: 'Account Executive, East', parentRoleId: ROLES.manager },
    { id: ROLES.otherRep, name: 'Account Executive, West', parentRoleId: ROLES.vp },
  ];
  const [manager, ...reps] = members;
  if (manager === undefined || window === null) throw new Error('a team has a manager');
  const [managerUser, ...otherUsers] = users;
  if (managerUser === undefined) throw new Error('a team has a manager');

  return {
    salesforce: {
      sessionId: manager.salesforceSessionId,
      user: managerUser,
      users: otherUsers,
      roles,
      sessions: sessions.slice(1),
      sharing: 'private',
      apiUsage: { used: 0, max: 100_000 },
      records: salesforceRecords,
    },
    hubspot: {
      token: `pat-na1-fake-team-${slug(manager.email)}`,
      portalId: 8_727_216,
      dailyLimit: 250_000,
      timeZone: options.hubspotTimeZone ?? managerOptions.timeZone,
      companyCurrency: 'USD',
      userTokens,
      owners,
      objects: hubspotObjects,
    },
    manager,
    reps,
    outsider,
    window,
  };
}
