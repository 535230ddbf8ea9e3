/**
 * The figures a row shows for its cadence, formatted with the shared kit (tabular, in the
 * browser's locale, money in the plan's currency). Pure: the UI and the tests share it.
 */
import {
  formatCompactMoney,
  formatCount,
  formatDayDate,
  formatMoney,
  statusSeverity,
} from '@onpace/core/present';
import type { OverlayState, OverlayTarget } from '../../messaging/overlay-protocol';

export type Plan = NonNullable<OverlayState['plan']>;

export interface CadenceFigures {
  readonly actual: number;
  readonly goal: number;
  readonly expected: number;
  /** Which stretch of time the figures cover. */
  readonly scope: 'today' | 'this week' | 'plan';
}

/** Today's figures for a daily target, this week's for a weekly one, else the whole window's. */
export function cadenceFigures(target: OverlayTarget): CadenceFigures {
  const current = target.current;
  if (target.cadence !== 'plan' && current) {
    return {
      actual: current.actual,
      goal: current.goal,
      expected: current.expected,
      scope: target.cadence === 'daily' ? 'today' : 'this week',
    };
  }
  return { actual: target.actual, goal: target.goal, expected: target.expected, scope: 'plan' };
}

export interface Formatters {
  count(value: number): string;
  money(value: number): string;
  compactMoney(value: number): string;
  /** A civil date `YYYY-MM-DD`, short ("Mon, Nov 16"). */
  date(civilDate: string): string;
}

/** The kit's formats (`@onpace/core/present`) bound to the reader's locale and the plan's currency. */
export function createFormatters(locale: string, currency: string): Formatters {
  return {
    count: (value) => formatCount(value, locale),
    money: (value) => formatMoney(value, currency, locale),
    compactMoney: (value) => formatCompactMoney(value, currency, locale),
    date: (civilDate) => formatDayDate(civilDate, locale),
  };
}

/** "32/50" or "$60,000/$100,000"; `compact` for the badge ("$60K/$100K"). */
export function ratioText(
  target: OverlayTarget,
  figures: CadenceFigures,
  format: Formatters,
  compact = false,
): string {
  const one = (value: number) =>
    target.money ? (compact ? format.compactMoney(value) : format.money(value)) : format.count(value);
  return `${one(figures.actual)}/${one(figures.goal)}`;
}

/** The share of the goal done and the pace marker's place, both clamped to 0..1. */
export function barShares(figures: CadenceFigures): { readonly done: number; readonly pace: number } {
  const clamp = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);
  return figures.goal > 0
    ? { done: clamp(figures.actual / figures.goal), pace: clamp(figures.expected / figures.goal) }
    : { done: 0, pace: 0 };
}

/** On equal status, the figure closest to the next ten minutes: today's, then this week's. */
const CADENCE_ORDER: Readonly<Record<OverlayTarget['cadence'], number>> = { daily: 0, weekly: 1, plan: 2 };

/** The target the badge speaks for: the worst status, then the shortest cadence, then the plan's order. */
export function headlineTarget(targets: readonly OverlayTarget[]): OverlayTarget | undefined {
  let best: OverlayTarget | undefined;
  for (const target of targets) {
    if (
      !best ||
      statusSeverity(target.status) < statusSeverity(best.status) ||
      (statusSeverity(target.status) === statusSeverity(best.status) &&
        CADENCE_ORDER[target.cadence] < CADENCE_ORDER[best.cadence])
    ) {
      best = target;
    }
  }
  return best;
}
