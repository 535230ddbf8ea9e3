/** The verdict of a chance (docs/attainability.md "The verdict"). */
import type { ChanceModel, RepSample } from './attainability-model.js';
import type { Verdict } from './attainability-schema.js';

/** Below this many baseline days no target gets a verdict. */
export const MIN_SAMPLE_DAYS = 10;
/** Below this many full weeks a weekly period rule gets no verdict. */
export const MIN_SAMPLE_WEEKS = 4;

export const REALISTIC_CHANCE = 0.7;
export const STRETCH_CHANCE = 0.3;

/** `m ≥ 10`, and `W ≥ 4` for a weekly period rule. */
export function hasEnoughHistory(model: ChanceModel, sample: RepSample): boolean {
  if (sample.days.length < MIN_SAMPLE_DAYS) return false;
  return !(model.model === 'periods' && model.unit === 'week' && sample.weeks.length < MIN_SAMPLE_WEEKS);
}

/** `realistic` from 0.7, `stretch` from 0.3, `unrealistic` below; `no-data` without a chance. */
export function verdictOf(chance: number | null): Verdict {
  if (chance === null) return 'no-data';
  if (chance >= REALISTIC_CHANCE) return 'realistic';
  if (chance >= STRETCH_CHANCE) return 'stretch';
  return 'unrealistic';
}
