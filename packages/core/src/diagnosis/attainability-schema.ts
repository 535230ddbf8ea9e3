/**
 * Attainability of each target (docs/attainability.md): the chance `p` that the rep meets it
 * under its own rule, the verdict that follows, the figures behind both and the words a rep reads.
 */
import { z } from 'zod';
import { STATUSES } from '../pace/status.js';
import { MetricId } from '../schemas/metric.js';
import { Cadence } from '../schemas/plan.js';
import { Instant } from '../schemas/primitives.js';

const Figure = z.number().finite();
const Count = z.number().int().min(0);
const Chance = z.number().min(0).max(1);

export const Verdict = z.enum(['realistic', 'stretch', 'unrealistic', 'no-data']);
export type Verdict = z.infer<typeof Verdict>;

/** Daily targets are counted per business day; weekly and plan-cadence targets per full week. */
export const RateUnit = z.enum(['day', 'week']);
export type RateUnit = z.infer<typeof RateUnit>;

/**
 * A period rule (`each-period`, `share-of-periods`): the share `s` of the rep's days (or full
 * weeks) that reached the period's goal, and the periods the target needs of those it has left.
 */
export const PeriodEvidence = z.object({
  model: z.literal('periods'),
  unit: RateUnit,
  /** `G`: the goal of one full period. */
  goal: Figure,
  /** Days (or weeks) of the sample that reached `G`, of `sampleSize`. */
  reached: Count,
  sampleSize: Count,
  /** `s = reached / sampleSize`. */
  share: Chance,
  /** `n` (at the start) or `n'` (periods remaining at `asOf`). */
  periods: Count,
  /** `k` or `k' = max(0, periodsNeeded − periodsMet)`. */
  needed: Count,
  /** Periods already met at `asOf`; null at the start. */
  met: Count.nullable(),
});
export type PeriodEvidence = z.infer<typeof PeriodEvidence>;

/** The `total` rule or plan cadence: the rep's mean day against what the window asks. */
export const TotalEvidence = z.object({
  model: z.literal('total'),
  /** `μ` and `σ` (sample standard deviation) of the rep's baseline days. */
  mean: Figure,
  sd: Figure,
  sampleSize: Count,
  /** `G_total` at the start, `G' = max(0, G_total − actual)` at `asOf`. */
  goal: Figure,
  /** `N` business days of the window at the start, `R` remaining at `asOf`. */
  businessDays: Figure,
  /** The window's last date (a milestone's `until`). */
  until: z.string(),
  milestone: z.boolean(),
});
export type TotalEvidence = z.infer<typeof TotalEvidence>;

export const AttainabilityEvidence = z.discriminatedUnion('model', [PeriodEvidence, TotalEvidence]);
export type AttainabilityEvidence = z.infer<typeof AttainabilityEvidence>;

/** The largest goal with at least a 70 % chance, in the target's own terms, and its chance. */
export const AttainableGoal = z.object({
  goal: Figure,
  chance: Chance,
  /** "Use 22 calls a day". */
  label: z.string(),
});
export type AttainableGoal = z.infer<typeof AttainableGoal>;

/** The team's median and 75th percentile of its members' median day (or week): context only. */
export const TeamContext = z.object({
  members: z.number().int(),
  median: Figure,
  p75: Figure,
  unit: RateUnit,
  words: z.string(),
});
export type TeamContext = z.infer<typeof TeamContext>;

export const TargetAttainability = z.object({
  targetId: z.string(),
  metric: MetricId,
  cadence: Cadence,
  /** `p`: the chance of meeting the target as its rule counts it; null with `no-data`. */
  chance: Chance.nullable(),
  verdict: Verdict,
  /** `goal`: judged from the plan's start; `remaining`: from `asOf`, on what is left. */
  basis: z.enum(['goal', 'remaining']),
  asOf: Instant.nullable(),
  /** The target's pace status at `asOf` (null without one). */
  status: z.enum(STATUSES).nullable(),
  /** `m` and `W` of the sample the chance was drawn from (the plan's settled days included at `asOf`). */
  sample: z.object({ days: Count, weeks: Count }),
  /** The figures behind `chance`; null with `no-data`. */
  evidence: AttainabilityEvidence.nullable(),
  /** `highestAttainableGoal` at 0.7 from the plan's start; null with `no-data` or when none reaches it. */
  attainable: AttainableGoal.nullable(),
  /** Never part of `chance` or `verdict`. */
  team: TeamContext.nullable(),
  /** The verdict in words a rep and a manager read. */
  reason: z.string(),
});
export type TargetAttainability = z.infer<typeof TargetAttainability>;
