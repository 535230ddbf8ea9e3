/**
 * The baseline as it is stored with a plan or sent to the dashboard: plain JSON, checked by zod
 * where it crosses a boundary. Types share their schema's name.
 */
import { z } from 'zod';
import { MetricId } from '../schemas/metric.js';
import { CivilDate, TimeZone } from '../schemas/primitives.js';
import { CONVERSION_STAGES, FUNNEL_METRICS } from './funnel-stages.js';

export const BASELINE_KIND = 'onpace.baseline';

const Figure = z.number().finite();
const Count = z.number().int().min(0);

export const Distribution = z.object({
  mean: Figure,
  median: Figure,
  p75: Figure,
  p90: Figure,
});
export type Distribution = z.infer<typeof Distribution>;

export const MetricBaseline = z.object({
  /** Everything counted in the observed range, non-business days included. */
  total: Figure,
  /** Each baseline day's total (`x_d`), in date order: the sample attainability draws from. */
  daily: z.array(Figure),
  /** Each full week's total (`w_j`), in date order. */
  weekly: z.array(Figure),
  /** Observed business days with a value above 0. */
  activeDays: Count,
  /** Over the totals of observed business days; null when there is none. */
  perDay: Distribution.nullable(),
  /** Over the full weeks' totals; null when there is none. */
  perWeek: Distribution.nullable(),
  /** The highest business-day total (earliest on a tie); null when every day was 0. */
  bestDay: z.object({ date: CivilDate, value: Figure }).nullable(),
});
export type MetricBaseline = z.infer<typeof MetricBaseline>;

export const FunnelStage = z.object({
  metric: z.enum(FUNNEL_METRICS),
  total: Figure,
  /** `total * workdaysPerWeek / businessDays`; null with no observed business day. */
  perWeek: Figure.nullable(),
});
export type FunnelStage = z.infer<typeof FunnelStage>;

export const FunnelConversion = z.object({
  stage: z.enum(CONVERSION_STAGES),
  from: z.enum(FUNNEL_METRICS),
  to: z.enum(FUNNEL_METRICS),
  /** `total(to) / total(from)`; null when `total(from)` is 0. */
  rate: Figure.nullable(),
  /** `total(from)`: how many the rate is measured on. */
  base: Figure,
});
export type FunnelConversion = z.infer<typeof FunnelConversion>;

export const Funnel = z.object({
  stages: z.array(FunnelStage),
  conversions: z.array(FunnelConversion),
  /** `revenue_won / deals_won`; null without a deal won. */
  averageDealSize: Figure.nullable(),
  /** `pipeline_created` per week, as a funnel stage's `perWeek`. */
  pipelinePerWeek: Figure.nullable(),
});
export type Funnel = z.infer<typeof Funnel>;

export const Baseline = z.object({
  kind: z.literal(BASELINE_KIND),
  timeZone: TimeZone,
  /** The range asked for, both inclusive. */
  from: CivilDate,
  to: CivilDate,
  /**
   * The sample: from the later of `from` and the rep's first recorded activity in the range (or
   * the caller's `observedFrom`) to `to`; null when nothing was recorded. Only its business days
   * are baseline days: days before the first activity are unknown, not zeros.
   */
  observed: z.object({ from: CivilDate, to: CivilDate }).nullable(),
  /** `m`: baseline days. */
  businessDays: Count,
  /** `W`: full weeks of the sample. */
  weeks: Count,
  workdaysPerWeek: z.number().int().min(1).max(7),
  /** `businessDays >= MIN_BASELINE_DAYS`: below it every verdict is `no-data`. */
  sufficient: z.boolean(),
  metrics: z.record(z.string(), MetricBaseline).superRefine((metrics, ctx) => {
    for (const metric of Object.keys(metrics)) {
      if (!MetricId.safeParse(metric).success) {
        ctx.addIssue({ code: 'custom', path: [metric], message: 'is not a known metric' });
      }
    }
  }),
  funnel: Funnel,
});
export type Baseline = z.infer<typeof Baseline>;
