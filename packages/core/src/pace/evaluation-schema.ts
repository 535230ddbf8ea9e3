/**
 * `PlanEvaluation` as a schema: what `evaluatePlan` returns, and what travels to every screen
 * that shows it (the overlay protocol builds its messages from these shapes instead of
 * re-declaring them). Written with `zod/mini`, whose checks are the same as zod's at a fraction
 * of the bundle: content scripts parse with it and stay small.
 */
import { z } from 'zod/mini';
import { STATUSES } from './status.js';

/** A status word of pace.md. */
export const StatusWord = z.enum(STATUSES);
export type StatusWord = z.infer<typeof StatusWord>;

/** `E`, `N` and `R = N - E` (pace.md "Elapsed business time"). */
export const BusinessTime = z.object({ elapsed: z.number(), total: z.number(), remaining: z.number() });
export type BusinessTime = z.infer<typeof BusinessTime>;

/** The figures of one window (a period, or a target's whole window): pace.md's `A`, `X`, status. */
export const WindowFiguresShape = {
  goal: z.number(),
  actual: z.number(),
  expected: z.number(),
  paceRatio: z.nullable(z.number()),
  projected: z.nullable(z.number()),
  requiredPerDay: z.nullable(z.number()),
  status: StatusWord,
  settled: z.boolean(),
};

export const PeriodEvaluation = z.object({
  ...WindowFiguresShape,
  start: z.string(),
  end: z.string(),
  businessDays: BusinessTime,
});
export type PeriodEvaluation = z.infer<typeof PeriodEvaluation>;

/** What every screen shows of a target: its figures, its periods and the current one. */
export const TargetFiguresShape = {
  ...WindowFiguresShape,
  targetId: z.string(),
  metric: z.string(),
  cadence: z.enum(['daily', 'weekly', 'plan']),
  periods: z.readonly(z.array(PeriodEvaluation)),
  /** The period whose dates contain `asOf`'s date, or null. */
  current: z.nullable(PeriodEvaluation),
  periodsMet: z.number(),
  /** `ceil(q * n)` for period rules, 1 for a plan-cadence target, null for the `total` rule. */
  periodsNeeded: z.nullable(z.number()),
  /** Periods not yet settled, the current one included. */
  periodsRemaining: z.number(),
};

export const TargetEvaluation = z.object({
  ...TargetFiguresShape,
  rule: z.enum(['each-period', 'share-of-periods', 'total']),
  required: z.boolean(),
  /** The target's window: the plan's, or `plan.start .. until` for a milestone. */
  window: z.object({ start: z.string(), end: z.string(), businessDays: BusinessTime }),
});
export type TargetEvaluation = z.infer<typeof TargetEvaluation>;

export const PlanEvaluation = z.object({
  planId: z.string(),
  asOf: z.string(),
  /** `t`: the civil date of `asOf` in the plan's zone. */
  date: z.string(),
  status: StatusWord,
  businessDays: BusinessTime,
  targets: z.readonly(z.array(TargetEvaluation)),
});
export type PlanEvaluation = z.infer<typeof PlanEvaluation>;
