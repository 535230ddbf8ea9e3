/** The diagnosis as stored with a plan: the root cause, the figures behind it, plain words. */
import { z } from 'zod';
import { CONVERSION_STAGES, FUNNEL_METRICS } from './funnel-stages.js';

const Figure = z.number().finite();

/** What a plan can focus on (the seed's three kinds of action). */
export const PlanFocus = z.enum(['prospecting', 'pipeline-management', 'skill-work']);
export type PlanFocus = z.infer<typeof PlanFocus>;

/**
 * What the rep's funnel is compared on: leads assigned per week, calls per lead (the context of
 * the lead volume, never a cause itself), calls per week, each conversion stage, deal size.
 */
export const FunnelMeasure = z.enum([
  'lead-volume',
  'activity-per-lead',
  'volume',
  ...CONVERSION_STAGES,
  'deal-size',
]);
export type FunnelMeasure = z.infer<typeof FunnelMeasure>;

export const FunnelComparison = z.object({
  measure: FunnelMeasure,
  label: z.string(),
  /** The rep's figure: leads or calls per week, calls per lead, a conversion rate (0..1), or an average deal size. */
  rep: Figure.nullable(),
  /**
   * The figure it is compared with: the team's median of it, or (against the rep's own past)
   * the rep's own figure over the 60 days before the last 30.
   */
  team: Figure.nullable(),
  /** `rep / team`; null when either is missing or the team's is 0. */
  ratio: Figure.nullable(),
  /** True when both sides have enough data for the figure to point at a cause. */
  judged: z.boolean(),
});
export type FunnelComparison = z.infer<typeof FunnelComparison>;

const Gap = { rep: Figure, team: Figure, ratio: Figure };

export const NoClearCauseReason = z.enum(['thin-baseline', 'no-team', 'nothing-comparable', 'in-line']);
export type NoClearCauseReason = z.infer<typeof NoClearCauseReason>;

export const RootCause = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('activity-volume'), metric: z.literal('calls'), ...Gap }),
  z.object({
    kind: z.literal('conversion'),
    stage: z.enum(CONVERSION_STAGES),
    from: z.enum(FUNNEL_METRICS),
    to: z.enum(FUNNEL_METRICS),
    ...Gap,
  }),
  z.object({ kind: z.literal('deal-size'), ...Gap }),
  /** Too few leads (per week), while calls per lead and lead conversion are in line. */
  z.object({ kind: z.literal('lead-volume'), ...Gap }),
  z.object({ kind: z.literal('no-clear-cause'), reason: NoClearCauseReason }),
]);
export type RootCause = z.infer<typeof RootCause>;

/** What the funnel was compared with: the team's medians, or the rep's own earlier weeks. */
export const DiagnosisBasis = z.enum(['team', 'own-past']);
export type DiagnosisBasis = z.infer<typeof DiagnosisBasis>;

export const Diagnosis = z.object({
  cause: RootCause,
  /**
   * `team`: the rep against the team's medians. `own-past`: with no team to compare with, the
   * last 30 days of the baseline against the 60 before them (`rep` is the recent figure, `team`
   * the earlier one). Diagnoses stored before this field were all against the team.
   */
  against: DiagnosisBasis.default('team'),
  /** The plan focus the cause suggests; null when no cause is clear. */
  focus: PlanFocus.nullable(),
  /** What the numbers say, in plain words. */
  summary: z.string(),
  /** What the plan could focus on. */
  advice: z.string(),
  /** One open question for the next check-in. */
  question: z.string(),
  /** Every measure compared, in funnel order. */
  comparisons: z.array(FunnelComparison),
  /** Team members whose baselines were long enough to compare with. */
  teamMembers: z.number().int().min(0),
});
export type Diagnosis = z.infer<typeof Diagnosis>;
