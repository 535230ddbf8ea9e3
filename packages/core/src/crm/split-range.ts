/**
 * Splitting a time range so each part stays under a search's result cap (HubSpot: 10,000 per
 * query, whatever the paging). Records are not spread evenly, so a part may still hold too many:
 * the caller asks again for that part's `total` and splits it again.
 */
import { HUBSPOT_SEARCH_RESULT_CAP } from './hubspot-search.js';

/** A half-open range of epoch ms: `fromMs` included, `toMs` not. */
export interface TimeRange {
  readonly fromMs: number;
  readonly toMs: number;
}

export interface SplitOptions {
  /** Results one query can reach (default 10,000). */
  readonly cap?: number;
  /** Aim each part at this share of the cap, leaving room for uneven spread (default 0.8). */
  readonly fill?: number;
}

/**
 * `range` as is when `total` (the count the first search reported) fits under the cap; else
 * contiguous, non-overlapping parts of equal length (whole ms) that together cover exactly
 * `range`, enough of them that evenly spread results fill each to `fill` of the cap at most.
 * Throws when the range is too short to split (a single millisecond over the cap).
 */
export function splitRange(range: TimeRange, total: number, options: SplitOptions = {}): TimeRange[] {
  const cap = options.cap ?? HUBSPOT_SEARCH_RESULT_CAP;
  const fill = options.fill ?? 0.8;
  const { fromMs, toMs } = range;
  if (!Number.isSafeInteger(fromMs) || !Number.isSafeInteger(toMs) || fromMs >= toMs) {
    throw new RangeError('range must be whole epoch ms with fromMs before toMs');
  }
  if (!Number.isInteger(total) || total < 0) throw new RangeError('total must be a whole number');
  if (!(cap >= 1) || !(fill > 0 && fill <= 1)) throw new RangeError('cap must be ≥ 1 and fill in (0, 1]');
  if (total <= cap) return [range];
  const width = toMs - fromMs;
  if (width === 1)
    throw new RangeError(`a single millisecond holds ${total} results, over the cap of ${cap}`);
  const parts = Math.min(width, Math.ceil(total / Math.max(1, Math.floor(cap * fill))));
  const ranges: TimeRange[] = [];
  for (let index = 0; index < parts; index++) {
    ranges.push({
      fromMs: fromMs + Math.floor((width * index) / parts),
      toMs: index === parts - 1 ? toMs : fromMs + Math.floor((width * (index + 1)) / parts),
    });
  }
  return ranges;
}
