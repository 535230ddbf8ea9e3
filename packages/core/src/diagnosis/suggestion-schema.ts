/** A suggested target: a `TargetInput` the plan editor can apply in one click, and why. */
import { z } from 'zod';
import { Target } from '../schemas/plan.js';
import { RateUnit } from './attainability-schema.js';

export const TargetSuggestion = z.object({
  /** Ready for `plan.targets` (it parses as a `Target`). */
  target: Target,
  /** The id of the plan's target on the same metric, which applying this one would replace. */
  replaces: z.string().nullable(),
  reason: z.string(),
  figures: z.object({
    unit: RateUnit,
    /** The goal's chance of being met at the plan's start (at least 0.7). */
    chance: z.number().min(0).max(1),
  }),
});
export type TargetSuggestion = z.infer<typeof TargetSuggestion>;
