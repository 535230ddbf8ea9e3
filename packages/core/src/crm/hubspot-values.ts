/**
 * HubSpot sends every property value as a string (or null). These read them strictly: a value
 * that is not exactly a timestamp, a decimal or a boolean is an error to report, never a 0.
 */
import { z } from 'zod';
import { parseInstant } from '../calendar/instant.js';
import { quoteValue } from './mapping-result.js';

/** 2000-01-01T00:00:00Z. An epoch-ms text before it is almost surely seconds, or garbage. */
const EARLIEST_PLAUSIBLE_MS = 946_684_800_000;
/** The largest instant a JavaScript Date can hold. */
const LATEST_MS = 8.64e15;

/** Epoch ms of an ISO-8601 instant (with `Z` or an offset) or of epoch-ms text; NaN otherwise. */
export function parseHubSpotTimestamp(text: string): number {
  if (/^\d{1,16}$/.test(text)) {
    const epochMs = Number(text);
    return epochMs >= EARLIEST_PLAUSIBLE_MS && epochMs <= LATEST_MS ? epochMs : Number.NaN;
  }
  return parseInstant(text);
}

/** A plain decimal (`1500`, `1500.00`, `-3.5`); NaN for anything else (`1,500`, `1e3`, ` 12`). */
export function parseHubSpotDecimal(text: string): number {
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** `"true"` or `"false"` exactly; null for anything else. */
export function parseHubSpotBoolean(text: string): boolean | null {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return null;
}

export const HubSpotTimestamp = z.string().transform((text, ctx) => {
  const epochMs = parseHubSpotTimestamp(text);
  if (Number.isNaN(epochMs)) {
    ctx.addIssue({
      code: 'custom',
      message: `must be an ISO-8601 instant or epoch milliseconds after 2000, got ${quoteValue(text)}`,
    });
    return z.NEVER;
  }
  return epochMs;
});

/**
 * A datetime property that may be unset: null or empty text (HubSpot writes both for a cleared
 * value) is null; anything else must read as a timestamp.
 */
export const HubSpotOptionalTimestamp = z
  .string()
  .nullable()
  .transform((text, ctx) => {
    if (text === null || text === '') return null;
    const epochMs = parseHubSpotTimestamp(text);
    if (Number.isNaN(epochMs)) {
      ctx.addIssue({
        code: 'custom',
        message: `must be an ISO-8601 instant or epoch milliseconds after 2000, got ${quoteValue(text)}`,
      });
      return z.NEVER;
    }
    return epochMs;
  });

/** A money amount: a non-negative decimal; empty text means "no amount" (null). */
export const HubSpotAmount = z
  .string()
  .nullable()
  .transform((text, ctx) => {
    if (text === null || text === '') return null;
    const amount = parseHubSpotDecimal(text);
    if (Number.isNaN(amount)) {
      ctx.addIssue({ code: 'custom', message: `must be a decimal number, got ${quoteValue(text)}` });
      return z.NEVER;
    }
    if (amount < 0) {
      ctx.addIssue({ code: 'custom', message: `must not be negative, got ${quoteValue(text)}` });
      return z.NEVER;
    }
    return amount;
  });

export const HubSpotBoolean = z.string().transform((text, ctx) => {
  const value = parseHubSpotBoolean(text);
  if (value === null) {
    ctx.addIssue({ code: 'custom', message: `must be "true" or "false", got ${quoteValue(text)}` });
    return z.NEVER;
  }
  return value;
});
