/**
 * Numbers and dates as people read them (docs/ux.md "Voice"): the browser's locale, money in the
 * plan's currency with Intl.NumberFormat, counts still needed rounded up.
 */
import { isSumMetric } from '@onpace/core/schemas';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

/** Whole numbers as they are; fractions (prorated goals, expectations) to one decimal below 100. */
export function formatCount(value: number, locale?: string): string {
  const digits = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : 1;
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

export function formatMoney(value: number, currency: string, locale?: string): string {
  return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

/** A metric's value: money for sum metrics (pipeline, revenue), a count otherwise. */
export function formatValue(metric: string, value: number, currency: string, locale?: string): string {
  return isSumMetric(metric) ? formatMoney(value, currency, locale) : formatCount(value, locale);
}

/** What is still needed per day: counts round up (you cannot make 1.5 calls). */
export function formatNeed(metric: string, value: number, currency: string, locale?: string): string {
  return isSumMetric(metric)
    ? formatMoney(Math.ceil(value), currency, locale)
    : formatCount(Math.ceil(value), locale);
}

export function formatRatio(ratio: number | null, locale?: string): string {
  if (ratio === null) return '—';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

const utcMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** "Nov 18" */
export function formatShortDate(date: string, locale?: string): string {
  return dateFormat(locale, { month: 'short', day: 'numeric' }).format(utcMidnight(date));
}

/** "Wed, Nov 18, 2026" */
export function formatDate(date: string, locale?: string): string {
  return dateFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(
    utcMidnight(date),
  );
}

/** An instant as a date and time in the plan's zone: "Nov 18, 2026, 3:30 PM". */
export function formatInstant(instant: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    Date.parse(instant),
  );
}
