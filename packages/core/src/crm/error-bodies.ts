/** The error bodies both CRMs send, read with zod (anything else is still classified, by status). */
import { z } from 'zod';

/** Salesforce REST: `[{"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID"}]`. */
export const SalesforceErrorBody = z
  .array(
    z.object({
      message: z.string(),
      errorCode: z.string().min(1),
      fields: z.array(z.string()).optional(),
    }),
  )
  .min(1);
export type SalesforceErrorBody = z.infer<typeof SalesforceErrorBody>;

/**
 * HubSpot: `{status: "error", message, correlationId, category}`; rate limits add `policyName`
 * (`TEN_SECONDLY_ROLLING`, `DAILY`) and `errorType: "RATE_LIMIT"`, though the search endpoint's
 * secondly limit sends neither (recorded 429, Feb 2022).
 */
export const HubSpotErrorBody = z.object({
  status: z.string().optional(),
  message: z.string(),
  correlationId: z.string().optional(),
  category: z.string().optional(),
  subCategory: z.string().optional(),
  policyName: z.string().optional(),
  errorType: z.string().optional(),
});
export type HubSpotErrorBody = z.infer<typeof HubSpotErrorBody>;

/** JSON text to a value, or undefined when it is not JSON (a proxy's HTML page, a cut body). */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
