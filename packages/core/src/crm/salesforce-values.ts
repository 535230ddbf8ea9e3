/** Zod readers for Salesforce REST field values: ids, datetimes (`…+0000`), dates. */
import { z } from 'zod';
import { isCivilDate } from '../calendar/civil-date.js';
import { parseInstant } from '../calendar/instant.js';
import { quoteValue } from './mapping-result.js';

export const SALESFORCE_ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

export const SalesforceId = z
  .string()
  .regex(SALESFORCE_ID_PATTERN, { message: 'must be a 15- or 18-character Salesforce id' });

/**
 * A Salesforce datetime, read to epoch ms. REST writes them `2026-11-18T15:04:05.000+0000`: an
 * offset without a colon, which `parseInstant` accepts (ISO 8601's basic offset form).
 */
export const SalesforceDateTime = z.string().transform((text, ctx) => {
  const epochMs = parseInstant(text);
  if (Number.isNaN(epochMs)) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a datetime such as 2026-11-18T15:04:05.000+0000, got ${quoteValue(text)}`,
    });
    return z.NEVER;
  }
  return epochMs;
});

export const SalesforceDate = z
  .string()
  .refine(isCivilDate, { message: 'must be a date written YYYY-MM-DD' });
