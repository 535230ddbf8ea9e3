/**
 * HubSpot owners (`GET /crm/v3/owners?email=…`). `hubspot_owner_id` on records holds the owner's
 * `id`; the login user id (`userId`) is a different number and matches nothing on a record.
 */
import { z } from 'zod';

export const HubSpotOwner = z.object({
  id: z.string().min(1),
  email: z.string().nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  userId: z.number().int().nullish(),
  archived: z.boolean().default(false),
});
export type HubSpotOwner = z.infer<typeof HubSpotOwner>;

export const HubSpotOwnersPage = z.object({
  results: z.array(HubSpotOwner),
  paging: z.object({ next: z.object({ after: z.string().min(1) }).optional() }).optional(),
});
export type HubSpotOwnersPage = z.infer<typeof HubSpotOwnersPage>;

export function hubspotOwnersPath(email: string): string {
  return `/crm/v3/owners?email=${encodeURIComponent(email)}&limit=100`;
}

/**
 * The owner whose email is `email` (case-insensitive). An active owner wins over an archived one;
 * an archived owner is still returned (its records keep its id) so the caller can say so.
 */
export function ownerForEmail(page: HubSpotOwnersPage, email: string): HubSpotOwner | null {
  const wanted = email.trim().toLowerCase();
  const matching = page.results.filter((owner) => owner.email?.trim().toLowerCase() === wanted);
  return matching.find((owner) => !owner.archived) ?? matching[0] ?? null;
}
