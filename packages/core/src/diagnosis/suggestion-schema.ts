/** A suggested target: a `TargetInput` the plan editor can apply in one click, and why. */
import { z } from 'zod';
import { Target } from '../schemas/plan.js';
import { RateUnit } from './attainability-schema.js';

const Figure = z.number().finite();

export const TargetSuggestion = z.object({
  /** Ready for `plan.targets` (it parses as a `Target`). */
  target: Target,
  /** The id of the plan's target on the same metric, which applying this one would replace. */
  replaces: z.string().nullable(),
  reason: z.string(),
  figures: z.object({
    unit: RateUnit,
    /** The rep's median day or week before the plan, or the mean when the median is 0. */
    base: Figure,
    baseKind: z.enum(['median', 'mean']),
    /** `base * 1.2`. */
    raised: Figure,
    /** The team's 75th percentile in the same unit; null without a team figure. */
    cap: Figure.nullable(),
    /** True when the cap (or the rep's own base, if above the cap) set the goal instead of `raised`. */
    capped: z.boolean(),
  }),
});
export type TargetSuggestion = z.infer<typeof TargetSuggestion>;
