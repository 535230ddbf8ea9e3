/**
 * Numbers and dates as people read them (docs/ux.md "Voice"), one set of rules for the overlay,
 * the popup, the options page and the dashboard: the browser's locale (`undefined` lets Intl
 * pick it), money in the plan's currency with `Intl.NumberFormat`, counts still needed rounded
 * up (a part of a call is a whole call), civil dates shown without any time-zone shift.
 *
 * Pure: no clock, no DOM; the locale is an argument. Formatters are cached per locale and
 * options, because building an `Intl` formatter costs far more than using one.
 */
import { isSumMetric } from '../metrics/catalog.js';

const EPSILON = 1e-9;
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Whole numbers as they are; fractions (prorated goals, expectations) to one decimal below 100. */
export function formatCount(value: number, locale?: string): string {
  const digits = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : 1;
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** Whole currency units; an unknown currency code falls back to a plain number, never a throw. */
export function formatMoney(value: number, currency: string, locale?: string): string {
  try {
    return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  }
}

/** "$60K": money where room is short (the overlay's badge). */
export function formatCompactMoney(value: number, currency: string, locale?: string): string {
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(value);
  } catch {
    return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  }
}

/** A figure: money when `money`, else a count. */
export function formatFigure(value: number, money: boolean, currency: string, locale?: string): string {
  return money ? formatMoney(value, currency, locale) : formatCount(value, locale);
}

/** What is still needed: rounded up, so a rep who does it reaches the goal. */
export function formatNeeded(value: number, money: boolean, currency: string, locale?: string): string {
  return money
    ? formatMoney(Math.ceil(value - EPSILON), currency, locale)
    : formatCount(Math.ceil(value - EPSILON), locale);
}

/** A metric's value: money for sum metrics (pipeline, revenue), a count otherwise. */
export function formatValue(metric: string, value: number, currency: string, locale?: string): string {
  return formatFigure(value, isSumMetric(metric), currency, locale);
}

/** What a metric still needs (per day, say): rounded up. */
export function formatNeed(metric: string, value: number, currency: string, locale?: string): string {
  return formatNeeded(value, isSumMetric(metric), currency, locale);
}

/** A pace ratio as a percentage ("84 %"), or a dash when there is none yet. */
export function formatRatio(ratio: number | null, locale?: string): string {
  if (ratio === null) return '\u2014';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** A civil date `YYYY-MM-DD` read at UTC midnight, so no zone can move it to another day. */
function civilMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function formatCivil(date: string, locale: string | undefined, options: Intl.DateTimeFormatOptions): string {
  const ms = civilMs(date);
  return Number.isNaN(ms) ? date : dateFormat(locale, { ...options, timeZone: 'UTC' }).format(ms);
}

/** "Nov 18" */
export function formatShortDate(date: string, locale?: string): string {
  return formatCivil(date, locale, { month: 'short', day: 'numeric' });
}

/** "Fri, Mar 13" */
export function formatDayDate(date: string, locale?: string): string {
  return formatCivil(date, locale, { weekday: 'short', month: 'short', day: 'numeric' });
}

/** "Wed, Nov 18, 2026" */
export function formatDate(date: string, locale?: string): string {
  return formatCivil(date, locale, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
}

/**
 * An instant as a date and time: "Nov 18, 2026, 3:30 PM" in `timeZone` (the plan's), or in the
 * viewer's own zone when none is given.
 */
export function formatInstant(instant: string, timeZone?: string, locale?: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  return dateFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(ms);
}
