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
});
export type SalesforceUser = z.infer<typeof SalesforceUser>;

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
  }),
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
});
export type HubSpotOwnerSeed = z.infer<typeof HubSpotOwnerSeed>;

export const HubSpotSeed = z.object({
  /** The private-app token the options page holds; sent as `Authorization: Bearer <token>`. */
  token: z.string().min(1).default('pat-na1-00000000-0000-4000-8000-000000000000'),
  portalId: z.number().int().min(1).default(8_727_216),
  dailyLimit: z.number().int().min(1).default(250_000),
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
