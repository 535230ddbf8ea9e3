/**
 * The evaluation of one goal over one stretch of business time: docs/pace.md's plan-cadence
 * formulas, shared by whole targets and by each daily or weekly period.
 */
import type { Thresholds } from '../schemas/plan.js';
import type { Status } from './status.js';

/** Floating sums (money, prorated goals) must not flip a status at an exact boundary. */
const EPSILON = 1e-9;

export interface WindowInput {
  /** `G`. */
  readonly goal: number;
  /** `A`. */
  readonly actual: number;
  /** `E`. */
  readonly elapsed: number;
  /** `N`. */
  readonly total: number;
  readonly thresholds: Thresholds;
}

export interface WindowFigures {
  readonly goal: number;
  readonly actual: number;
  /** `X = G * E / N`. */
  readonly expected: number;
  /** `A / X`, null when `X = 0`. */
  readonly paceRatio: number | null;
  /** `A * N / E`, null when `E = 0`. */
  readonly projected: number | null;
  /** `max(0, G - A) / R`, null when `R = 0`. */
  readonly requiredPerDay: number | null;
  readonly status: Status;
  /** All the window's business time has elapsed (`E = N`). */
  readonly settled: boolean;
}

function atLeast(value: number, bound: number): boolean {
  return value >= bound - EPSILON * Math.max(1, Math.abs(bound));
}

export function statusFromRatio(ratio: number, thresholds: Thresholds): Status {
  if (atLeast(ratio, thresholds.ahead)) return 'ahead';
  if (atLeast(ratio, thresholds.onTrack)) return 'on-track';
  if (atLeast(ratio, thresholds.atRisk)) return 'at-risk';
  return 'behind';
}

export function evaluateWindow(input: WindowInput): WindowFigures {
  const { goal, actual, elapsed, total, thresholds } = input;
  const remaining = Math.max(0, total - elapsed);
  const expected = total > 0 ? (goal * elapsed) / total : 0;
  const paceRatio = expected > 0 ? actual / expected : null;
  const projected = elapsed > 0 ? (actual * total) / elapsed : null;
  const requiredPerDay = remaining > 0 ? Math.max(0, goal - actual) / remaining : null;
  const settled = remaining <= EPSILON;

  let status: Status;
  if (atLeast(actual, goal)) status = 'achieved';
  else if (settled) status = 'missed';
  else if (paceRatio === null) status = 'not-started';
  else status = statusFromRatio(paceRatio, thresholds);

  return { goal, actual, expected, paceRatio, projected, requiredPerDay, status, settled };
}
