/**
 * Who this browser's user is in each CRM, as the CRM itself said (Salesforce `userinfo`, the
 * HubSpot owner of the token's user). Absent for a CRM this browser is not connected to, or whose
 * answer has not come yet: nothing is then assumed about that CRM.
 */
import { z } from 'zod';
import { SalesforceId } from '../crm/salesforce-values.js';

export const SalesforceSelf = z.object({
  userId: SalesforceId,
  organizationId: z.string().min(1),
  /** When the CRM said so (ISO): an identity is re-asked when a session changes, not on a timer. */
  checkedAt: z.iso.datetime({ offset: true }),
});
export type SalesforceSelf = z.infer<typeof SalesforceSelf>;

export const HubSpotSelf = z.object({
  /** What `hubspot_owner_id` holds on the user's records. */
  ownerId: z.string().regex(/^\d+$/, { message: 'must be a HubSpot owner id (digits)' }),
  checkedAt: z.iso.datetime({ offset: true }),
});
export type HubSpotSelf = z.infer<typeof HubSpotSelf>;

export const BrowserIdentity = z.object({
  salesforce: SalesforceSelf.optional(),
  hubspot: HubSpotSelf.optional(),
});
export type BrowserIdentity = z.infer<typeof BrowserIdentity>;

/**
 * Salesforce ids come in a case-sensitive 15-character form and an 18-character form with a
 * checksum suffix; both name the same record, so they are compared by their first 15 characters.
 */
export function sameSalesforceId(left: string, right: string): boolean {
  return left.length >= 15 && right.length >= 15 && left.slice(0, 15) === right.slice(0, 15);
}
