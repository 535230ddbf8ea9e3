/**
 * What the fake CRM serves: one Salesforce org and one HubSpot portal, each with its credentials
 * and records, stored the way the real APIs return them (Salesforce fields by API name, HubSpot
 * properties as strings). Checked with zod when it arrives (`startFakeCrm`, `POST /__admin/seed`).
 */
import { z } from 'zod';

export const SALESFORCE_OBJECTS = ['Task', 'Event', 'Opportunity', 'Lead'] as const;
export type SalesforceObject = (typeof SALESFORCE_OBJECTS)[number];

export const HUBSPOT_OBJECTS = ['calls', 'emails', 'meetings', 'deals', 'contacts'] as const;
export type HubSpotObject = (typeof HUBSPOT_OBJECTS)[number];

/** A Salesforce record: API field names to JSON values; `Id` is required. */
export const SalesforceRecord = z.looseObject({ Id: z.string().regex(/^[a-zA-Z0-9]{18}$/) });
export type SalesforceRecord = z.infer<typeof SalesforceRecord>;

export const SalesforceUser = z.object({
  userId: z.string().regex(/^005[a-zA-Z0-9]{15}$/),
  organizationId: z.string().regex(/^00D[a-zA-Z0-9]{15}$/),
  username: z.string().min(1),
  email: z.string().min(1),
  firstName: z.string(),
  lastName: z.string(),
  timeZone: z.string().min(1),
  locale: z.string().default('en_US'),
  title: z.string().nullable().default(null),
  /** `User.ManagerId`: the user's manager, whose direct report this user is. */
  managerId: z
    .string()
    .regex(/^005[a-zA-Z0-9]{15}$/)
    .nullable()
    .default(null),
  /** `User.UserRoleId`: the user's place in the role hierarchy (what a private org shares by). */
  roleId: z
    .string()
    .regex(/^00E[a-zA-Z0-9]{15}$/)
    .nullable()
    .default(null),
  isActive: z.boolean().default(true),
});
export type SalesforceUser = z.infer<typeof SalesforceUser>;

/** A `UserRole`: users in roles above another role see the records its users own (private org). */
export const SalesforceRole = z.object({
  id: z.string().regex(/^00E[a-zA-Z0-9]{15}$/),
  name: z.string().min(1),
  parentRoleId: z
    .string()
    .regex(/^00E[a-zA-Z0-9]{15}$/)
    .nullable()
    .default(null),
});
export type SalesforceRole = z.infer<typeof SalesforceRole>;

/** Another user's session in the same org: requests with this `sid` act as that user. */
export const SalesforceSession = z.object({
  sessionId: z.string().min(1),
  userId: z.string().regex(/^005[a-zA-Z0-9]{15}$/),
});
export type SalesforceSession = z.infer<typeof SalesforceSession>;

export const SalesforceSeed = z.object({
  /** The `sid` the browser holds; requests must send it as `Authorization: Bearer <sid>`. */
  sessionId: z.string().min(1).default('00D5e0000000001!fake.session.for.tests'),
  user: SalesforceUser.default({
    userId: '0055e0000000001AAA',
    organizationId: '00D5e0000000001AAA',
    username: 'rep@example.test',
    email: 'rep@example.test',
    firstName: 'Riley',
    lastName: 'Rep',
    timeZone: 'America/New_York',
    locale: 'en_US',
    title: null,
    managerId: null,
    roleId: null,
    isActive: true,
  }),
  /** The org's other users (the session's `user` is always one of the org's users). */
  users: z.array(SalesforceUser).default([]),
  roles: z.array(SalesforceRole).default([]),
  /** More sessions, one per other user who signs in (each browser holds its own user's `sid`). */
  sessions: z.array(SalesforceSession).default([]),
  /**
   * The org-wide default for activities, opportunities and leads: `public-read` lets every user
   * read every record; `private` lets a user read only records owned by themselves or by users in
   * roles below theirs (the role hierarchy), as a real org set to Private does.
   */
  sharing: z.enum(['public-read', 'private']).default('public-read'),
  /** The org's 24-hour API usage: each authorised API call adds one; at `max` the org is refused. */
  apiUsage: z
    .object({ used: z.number().int().min(0), max: z.number().int().min(1) })
    .default({ used: 0, max: 15_000 }),
  records: z
    .object({
      Task: z.array(SalesforceRecord).default([]),
      Event: z.array(SalesforceRecord).default([]),
      Opportunity: z.array(SalesforceRecord).default([]),
      Lead: z.array(SalesforceRecord).default([]),
    })
    .prefault({}),
});
export type SalesforceSeed = z.infer<typeof SalesforceSeed>;

export const HubSpotRecord = z.object({
  id: z.string().regex(/^\d+$/),
  properties: z.record(z.string(), z.string().nullable()),
  createdAt: z.string(),
  updatedAt: z.string(),
  archived: z.boolean().default(false),
});
export type HubSpotRecord = z.infer<typeof HubSpotRecord>;

export const HubSpotOwnerSeed = z.object({
  id: z.string().regex(/^\d+$/),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  userId: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archived: z.boolean().default(false),
  teams: z
    .array(z.object({ id: z.string().regex(/^\d+$/), name: z.string().min(1), primary: z.boolean() }))
    .default([]),
});
export type HubSpotOwnerSeed = z.infer<typeof HubSpotOwnerSeed>;

/**
 * What records a token may read, as HubSpot's per-user CRM permissions: `all` (a private app's
 * token, or a user with "Everything"), `team` (records owned by anyone on one of the user's teams)
 * or `owned` (only the user's own records).
 */
export const HubSpotAccess = z.enum(['all', 'team', 'owned']);
export type HubSpotAccess = z.infer<typeof HubSpotAccess>;

/** A user's OAuth access token: its user (an owner's `userId`) and what it may read. */
export const HubSpotUserToken = z.object({
  token: z.string().min(1),
  userId: z.number().int(),
  access: HubSpotAccess.default('owned'),
  scopes: z
    .array(z.string())
    .default([
      'crm.objects.contacts.read',
      'crm.objects.deals.read',
      'crm.objects.owners.read',
      'sales-email-read',
      'oauth',
    ]),
});
export type HubSpotUserToken = z.infer<typeof HubSpotUserToken>;

export const HubSpotSeed = z.object({
  /** The private-app token the options page holds; sent as `Authorization: Bearer <token>`. */
  token: z.string().min(1).default('pat-na1-00000000-0000-4000-8000-000000000000'),
  portalId: z.number().int().min(1).default(8_727_216),
  dailyLimit: z.number().int().min(1).default(250_000),
  /** The account's time zone, as `/account-info/v3/details` names it (HubSpot writes `US/Eastern`). */
  timeZone: z.string().min(1).default('US/Eastern'),
  companyCurrency: z.string().length(3).default('USD'),
  /** Users' OAuth tokens besides the portal's private-app `token` (which reads everything). */
  userTokens: z.array(HubSpotUserToken).default([]),
  owners: z.array(HubSpotOwnerSeed).default([]),
  objects: z
    .object({
      calls: z.array(HubSpotRecord).default([]),
      emails: z.array(HubSpotRecord).default([]),
      meetings: z.array(HubSpotRecord).default([]),
      deals: z.array(HubSpotRecord).default([]),
      contacts: z.array(HubSpotRecord).default([]),
    })
    .prefault({}),
});
export type HubSpotSeed = z.infer<typeof HubSpotSeed>;

export const FakeCrmSeed = z.object({
  salesforce: SalesforceSeed.prefault({}),
  hubspot: HubSpotSeed.prefault({}),
});
export type FakeCrmSeed = z.infer<typeof FakeCrmSeed>;
export type FakeCrmSeedInput = z.input<typeof FakeCrmSeed>;
