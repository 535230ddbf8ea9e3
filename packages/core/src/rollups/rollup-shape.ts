/** A rollup: per-day totals of each metric in one time zone (built by rollup.ts). */
import type { CivilDate } from '../calendar/civil-date.js';

export const ROLLUP_KIND = 'onpace.rollup';

export interface MetricRollup {
  /** `totals[i]`: the sum for the date `from + i` (count metrics add 1, sum metrics add `amount`). */
  readonly totals: number[];
  /** `latest[i]`: epoch ms of the newest activity counted on that date, or null when none. */
  readonly latest: (number | null)[];
}

export interface Rollup {
  readonly kind: typeof ROLLUP_KIND;
  readonly timeZone: string;
  /** First and last civil date covered; activities outside are left out. */
  readonly from: CivilDate;
  readonly to: CivilDate;
  /** Activities after this instant were left out (null: none were). */
  readonly cutoff: string | null;
  readonly metrics: Readonly<Record<string, MetricRollup>>;
}
