/**
 * Goals people can read: whole numbers for counts, two significant figures for money
 * (23,456 → 23,000), never below the smallest step. With a `ceiling` (a cap) the goal never goes
 * above it; without one it never goes below `floor` (the rep's own base), rounding up instead.
 */

function step(value: number, sum: boolean): number {
  if (!sum || value < 100) return 1;
  return 10 ** (Math.floor(Math.log10(value)) - 1);
}

export interface RoundingBounds {
  readonly sum: boolean;
  readonly ceiling: number | null;
  readonly floor: number;
}

export function roundGoal(value: number, bounds: RoundingBounds): number {
  const unit = step(value, bounds.sum);
  let rounded = Math.round(value / unit) * unit;
  if (bounds.ceiling !== null) {
    if (rounded > bounds.ceiling + 1e-9) rounded = Math.floor(bounds.ceiling / unit + 1e-9) * unit;
  } else if (rounded < bounds.floor - 1e-9) {
    rounded = Math.ceil(bounds.floor / unit - 1e-9) * unit;
  }
  return Math.max(unit, rounded);
}
