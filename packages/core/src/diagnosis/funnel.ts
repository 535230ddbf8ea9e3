/** The funnel of a baseline: stage volumes per week, conversion rates, deal size, pipeline. */
import type { Funnel, FunnelConversion, FunnelStage, MetricBaseline } from './baseline-schema.js';
import { CONVERSION_STAGES, CONVERSION_STEPS, FUNNEL_METRICS } from './funnel-stages.js';

/** `total` per week of business time: `total * workdaysPerWeek / businessDays`; null with no day. */
export function perWeekOf(total: number, businessDays: number, workdaysPerWeek: number): number | null {
  return businessDays > 0 ? (total * workdaysPerWeek) / businessDays : null;
}

export function funnelOf(
  metrics: Readonly<Record<string, MetricBaseline>>,
  businessDays: number,
  workdaysPerWeek: number,
): Funnel {
  const totalOf = (metric: string): number => metrics[metric]?.total ?? 0;
  const stages: FunnelStage[] = FUNNEL_METRICS.map((metric) => ({
    metric,
    total: totalOf(metric),
    perWeek: perWeekOf(totalOf(metric), businessDays, workdaysPerWeek),
  }));
  const conversions: FunnelConversion[] = CONVERSION_STAGES.map((stage) => {
    const { from, to } = CONVERSION_STEPS[stage];
    const base = totalOf(from);
    return { stage, from, to, rate: base > 0 ? totalOf(to) / base : null, base };
  });
  const dealsWon = totalOf('deals_won');
  return {
    stages,
    conversions,
    averageDealSize: dealsWon > 0 ? totalOf('revenue_won') / dealsWon : null,
    pipelinePerWeek: perWeekOf(totalOf('pipeline_created'), businessDays, workdaysPerWeek),
  };
}
