/**
 * Figures and dates as people read them: the browser's locale, tabular figures in CSS, money in
 * the plan's currency, counts still needed rounded up (docs/ux.md).
 */

const countFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

function moneyFormat(currency: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 });
  } catch {
    return new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  }
}

export function formatFigure(value: number, money: boolean, currency: string): string {
  return money ? moneyFormat(currency).format(value) : countFormat.format(value);
}

/** A count still to do: a part of a call is a whole call. */
export function formatNeeded(value: number, money: boolean, currency: string): string {
  return money ? moneyFormat(currency).format(Math.ceil(value)) : countFormat.format(Math.ceil(value - 1e-9));
}

/** A civil date `YYYY-MM-DD` as "Fri, Mar 13", with no time-zone shift. */
export function formatCivilDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** An instant in the viewer's own zone: "Mar 11, 11:00". */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(undefined, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** Today's civil date in the viewer's zone, for date inputs. */
export function todayCivil(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
