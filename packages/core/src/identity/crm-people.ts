/**
 * The people a plan form offers as rep and manager, from the CRM: Salesforce users (the current
 * user's direct reports first) and HubSpot owners, and the zone a new plan starts in: the rep's
 * own (`User.TimeZoneSidKey`; for HubSpot, whose users have no zone in the API, the account's),
 * else the browser's. Never UTC by default: a New York rep's day would shift by five hours.
 */
import { z } from 'zod';
import { isValidTimeZone } from '../calendar/time-zone.js';
import type { HubSpotOwner } from '../crm/hubspot-owners.js';
import { SalesforceId } from '../crm/salesforce-values.js';
import { soqlString } from '../crm/soql.js';
import { sameSalesforceId } from './crm-user.js';

/** One row of `SELECT … FROM User`. */
export const SalesforceUserRow = z.object({
  Id: SalesforceId,
  Name: z.string().min(1),
  Email: z.string().nullish(),
  Username: z.string().nullish(),
  TimeZoneSidKey: z.string().nullish(),
  ManagerId: z.string().nullish(),
  IsActive: z.boolean().optional(),
});
export type SalesforceUserRow = z.infer<typeof SalesforceUserRow>;

/** `GET /oauth/v1/access-tokens/{token}`: the token's user (`user` is the login email). */
export const HubSpotTokenInfo = z.object({
  user: z.string().min(1),
  user_id: z.number().int(),
  hub_id: z.number().int(),
  scopes: z.array(z.string()).default([]),
});
export type HubSpotTokenInfo = z.infer<typeof HubSpotTokenInfo>;

/** `GET /account-info/v3/details`: what OnPace reads of it. */
export const HubSpotAccountDetails = z.object({
  portalId: z.number().int(),
  timeZone: z.string().nullish(),
  companyCurrency: z.string().nullish(),
});
export type HubSpotAccountDetails = z.infer<typeof HubSpotAccountDetails>;

const USER_FIELDS = 'Id, Name, Email, Username, TimeZoneSidKey, ManagerId, UserRoleId, IsActive';

/** The current user's active direct reports, by name. */
export function soqlForDirectReports(managerId: string): string {
  return `SELECT ${USER_FIELDS} FROM User WHERE IsActive = true AND ManagerId = ${soqlString(managerId)} ORDER BY Name`;
}

/** The org's active users (standard licences only), by name: the picker's "everyone else". */
export function soqlForActiveUsers(limit = 2000): string {
  return `SELECT ${USER_FIELDS} FROM User WHERE IsActive = true AND UserType = 'Standard' ORDER BY Name LIMIT ${limit}`;
}

/** Someone the plan form can pick, with the ids that make their CRM activity theirs. */
export interface CrmPerson {
  readonly crm: 'salesforce' | 'hubspot';
  /** Salesforce user id, or HubSpot owner id. */
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  /** The person's own zone when the CRM keeps one (Salesforce), valid in this runtime. */
  readonly timeZone: string | null;
  /** A direct report of the current user: offered first. */
  readonly reportsToMe: boolean;
  readonly isMe: boolean;
}

/**
 * Salesforce people for the picker: direct reports first, then everyone else, each group by
 * name, with the current user marked; a user in both answers appears once.
 */
export function salesforcePeople(
  directReports: readonly SalesforceUserRow[],
  everyone: readonly SalesforceUserRow[],
  currentUserId: string,
): CrmPerson[] {
  const people: CrmPerson[] = [];
  const add = (row: SalesforceUserRow, reportsToMe: boolean) => {
    if (people.some((person) => sameSalesforceId(person.id, row.Id))) return;
    const zone = row.TimeZoneSidKey ?? null;
    people.push({
      crm: 'salesforce',
      id: row.Id,
      name: row.Name,
      email: row.Email ?? null,
      timeZone: zone !== null && isValidTimeZone(zone) ? zone : null,
      reportsToMe,
      isMe: sameSalesforceId(row.Id, currentUserId),
    });
  };
  const byName = (a: SalesforceUserRow, b: SalesforceUserRow) => a.Name.localeCompare(b.Name);
  for (const row of [...directReports].sort(byName)) add(row, true);
  for (const row of [...everyone].sort(byName)) add(row, false);
  return people;
}

/** HubSpot owners for the picker (active ones, by name); HubSpot keeps no zone per user. */
export function hubspotPeople(owners: readonly HubSpotOwner[], currentOwnerId: string | null): CrmPerson[] {
  const nameOf = (owner: HubSpotOwner) =>
    [owner.firstName, owner.lastName]
      .filter((part) => part !== null && part !== undefined && part !== '')
      .join(' ') ||
    owner.email ||
    `Owner ${owner.id}`;
  return owners
    .filter((owner) => !owner.archived)
    .map((owner) => ({
      crm: 'hubspot' as const,
      id: owner.id,
      name: nameOf(owner),
      email: owner.email ?? null,
      timeZone: null,
      reportsToMe: false,
      isMe: owner.id === currentOwnerId,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The zone a new plan starts in: the rep's own, else the CRM account's, else the browser's (each
 * only when this runtime knows it). Null only when none is known, for the form to ask.
 */
export function initialPlanTimeZone(candidates: {
  readonly rep?: string | null;
  readonly account?: string | null;
  readonly browser?: string | null;
}): string | null {
  for (const zone of [candidates.rep, candidates.account, candidates.browser]) {
    if (zone !== null && zone !== undefined && zone !== '' && isValidTimeZone(zone)) return zone;
  }
  return null;
}
