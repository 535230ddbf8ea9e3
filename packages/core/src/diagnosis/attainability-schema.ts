/** Attainability of each target, as the plan editor and the dashboard show it. */
import { z } from 'zod';
import { STATUSES } from '../pace/status.js';
import { MetricId } from '../schemas/metric.js';
import { Cadence } from '../schemas/plan.js';
import { Instant } from '../schemas/primitives.js';

const Figure = z.number().finite();

export const Verdict = z.enum(['realistic', 'stretch', 'unrealistic', 'no-data']);
export type Verdict = z.infer<typeof Verdict>;

/** Daily targets are compared per business day; weekly and plan-cadence targets per full week. */
export const RateUnit = z.enum(['day', 'week']);
export type RateUnit = z.infer<typeof RateUnit>;

/** A rep's distribution of a metric in the target's unit, and how many days or weeks it rests on. */
export const ShownFigures = z.object({
  median: Figure,
  p75: Figure,
  p90: Figure,
  observed: z.number().int().min(0),
});
export type ShownFigures = z.infer<typeof ShownFigures>;

export const TargetAttainability = z.object({
  targetId: z.string(),
  metric: MetricId,
  cadence: Cadence,
  verdict: Verdict,
  unit: RateUnit,
  /** The rate needed per unit; null once the target can no longer be met. */
  needed: Figure.nullable(),
  /** `goal`: what the target asks from its start; `remaining`: what it still needs at `asOf`. */
  basis: z.enum(['goal', 'remaining']),
  asOf: Instant.nullable(),
  /** The target's pace status at `asOf` (null without one). */
  status: z.enum(STATUSES).nullable(),
  /** The rep before the plan; null when the baseline is too thin or holds nothing of the metric. */
  rep: ShownFigures.nullable(),
  /** The rep's settled days of the plan so far, once there are at least 10 of them. */
  inPlan: ShownFigures.nullable(),
  /** The team's median and 75th percentile of its members' median day (or week). */
  team: z.object({ members: z.number().int(), median: Figure, p75: Figure }).nullable(),
  reason: z.string(),
});
export type TargetAttainability = z.infer<typeof TargetAttainability>;
