/** The verdict of a needed rate against what the rep and the team have shown (README "Diagnosis"). */
import type { Verdict } from './attainability-schema.js';

/** Sums of money and prorated goals must not flip a verdict at an exact boundary. */
function atMost(value: number, bound: number): boolean {
  return value <= bound + 1e-9 * Math.max(1, Math.abs(bound));
}

/**
 * `realistic`: needs no more than the rep's 75th-percentile day (or week); `stretch`: no more
 * than their 90th or the team's 75th; `unrealistic`: beyond both, or no longer possible
 * (`needed` null); `no-data` when the rep has shown nothing to compare with. Needing nothing
 * more (an achieved target) is realistic.
 */
export function verdictFor(
  needed: number | null,
  rep: { readonly p75: number; readonly p90: number } | null,
  team: { readonly p75: number } | null,
): Verdict {
  if (needed === null) return 'unrealistic';
  if (needed <= 0) return 'realistic';
  if (rep === null) return 'no-data';
  if (atMost(needed, rep.p75)) return 'realistic';
  if (atMost(needed, rep.p90) || (team !== null && atMost(needed, team.p75))) return 'stretch';
  return 'unrealistic';
}
