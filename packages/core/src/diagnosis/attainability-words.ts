/** The reason beside an attainability verdict: the rate needed and the figure that decided it. */
import { isSumMetric, metricName } from '../schemas/metric.js';
import type { RateUnit, ShownFigures, Verdict } from './attainability-schema.js';
import { MIN_BASELINE_DAYS } from './baseline.js';
import type { Baseline } from './baseline-schema.js';
import { formatAmount } from './words.js';

export interface ReasonInput {
  readonly verdict: Verdict;
  readonly metric: string;
  readonly unit: RateUnit;
  readonly needed: number | null;
  readonly remaining: boolean;
  /** The figures the verdict used: the better of the baseline and the plan so far. */
  readonly shown: Pick<ShownFigures, 'p75' | 'p90'> | null;
  readonly team: { readonly p75: number } | null;
  readonly baseline: Baseline;
}

function rate(metric: string, value: number, unit: RateUnit): string {
  const amount = formatAmount(value);
  const what = isSumMetric(metric) ? `${amount} of ${metricName(metric)}` : `${amount} ${metricName(metric)}`;
  return `${what} a ${unit}`;
}

function noDataReason(input: ReasonInput): string {
  const { baseline } = input;
  if (!baseline.sufficient) {
    const days = baseline.businessDays === 1 ? '1 business day' : `${baseline.businessDays} business days`;
    return `Only ${days} of history before the plan (fewer than ${MIN_BASELINE_DAYS}): no verdict yet.`;
  }
  return `No ${metricName(input.metric)} recorded before the plan: no verdict yet.`;
}

export function attainabilityReason(input: ReasonInput): string {
  const { needed, shown, team, unit } = input;
  if (needed === null) return 'This target can no longer be met in its window.';
  if (needed <= 0) return 'Already achieved.';
  if (input.verdict === 'no-data' || shown === null) return noDataReason(input);
  const asks = `${input.remaining ? 'Still needs' : 'Needs'} ${rate(input.metric, needed, unit)}`;
  const p75 = formatAmount(shown.p75);
  const p90 = formatAmount(shown.p90);
  switch (input.verdict) {
    case 'realistic':
      return `${asks}; the rep’s 75th-percentile ${unit} is ${p75}.`;
    case 'stretch':
      return needed <= shown.p90 + 1e-9 * Math.max(1, shown.p90)
        ? `${asks}: above the rep’s 75th-percentile ${unit} (${p75}), within their 90th (${p90}).`
        : `${asks}: above the rep’s 90th-percentile ${unit} (${p90}), within the team’s 75th percentile (${formatAmount(team?.p75 ?? 0)}).`;
    case 'unrealistic':
      return `${asks}: above the rep’s 90th-percentile ${unit} (${p90})${team ? ` and the team’s 75th percentile (${formatAmount(team.p75)})` : ''}.`;
  }
}
