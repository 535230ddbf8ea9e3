/**
 * Event times: an instant in UTC written with `Z`, so every reader compares them the same way.
 * `at` may carry 0 to 9 fractional digits; `instantKey` pads them so plain string order is time order.
 */
import { z } from 'zod';
import { isCivilDate } from '../calendar/civil-date.js';

const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,9}))?Z$/;

export function isUtcInstant(text: string): boolean {
  const match = UTC_INSTANT.exec(text);
  return match !== null && isCivilDate(match[1] ?? '');
}

/** `2026-11-12T15:04:00Z` and `2026-11-12T15:04:00.000Z` are one instant: both key to the same text. */
export function instantKey(text: string): string {
  // The common form (toISOString: milliseconds and Z) keys without a regular expression.
  if (text.length === 24 && text.charCodeAt(23) === 90 && text.charCodeAt(19) === 46) {
    return `${text.slice(0, 23)}000000`;
  }
  const match = UTC_INSTANT.exec(text);
  if (!match) return text;
  const [, date, hour, minute, second, fraction = ''] = match;
  return `${date}T${hour}:${minute}:${second}.${fraction.padEnd(9, '0')}`;
}

export const UtcInstant = z.string().refine(isUtcInstant, {
  message: 'must be an instant in UTC written with Z, such as 2026-11-12T15:04:00.000Z',
});
