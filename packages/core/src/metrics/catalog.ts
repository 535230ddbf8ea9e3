/**
 * The metric catalog: what a target can measure, and whether it counts records or sums amounts.
 * Free of zod, so content scripts can name metrics without bundling the schemas.
 */

export const BUILT_IN_METRICS = [
  'calls',
  'connects',
  'emails',
  'meetings_booked',
  'meetings_held',
  'opportunities_created',
  'pipeline_created',
  'deals_won',
  'revenue_won',
  'leads_assigned',
  'leads_converted',
] as const;

export type BuiltInMetric = (typeof BUILT_IN_METRICS)[number];

/**
 * The built-in metrics in the order a metric picker shows them, grouped by the funnel they
 * belong to: where the work comes from (leads), what the rep does, what it yields.
 */
export const METRIC_GROUPS: readonly {
  readonly label: string;
  readonly metrics: readonly BuiltInMetric[];
}[] = [
  { label: 'Leads', metrics: ['leads_assigned', 'leads_converted'] },
  { label: 'Activity', metrics: ['calls', 'connects', 'emails', 'meetings_booked', 'meetings_held'] },
  {
    label: 'Pipeline and deals',
    metrics: ['opportunities_created', 'pipeline_created', 'deals_won', 'revenue_won'],
  },
];

/** Metrics that add an activity's `amount` (money); every other metric adds 1 per activity. */
export const SUM_METRICS: ReadonlySet<string> = new Set<BuiltInMetric>(['pipeline_created', 'revenue_won']);

const CUSTOM_METRIC_PATTERN = /^custom:[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type MetricId = BuiltInMetric | `custom:${string}`;

export function isMetricId(value: unknown): value is MetricId {
  return (
    typeof value === 'string' &&
    ((BUILT_IN_METRICS as readonly string[]).includes(value) || CUSTOM_METRIC_PATTERN.test(value))
  );
}

export function isSumMetric(metric: string): boolean {
  return SUM_METRICS.has(metric);
}

const METRIC_NAMES: Record<BuiltInMetric, { readonly one: string; readonly many: string }> = {
  calls: { one: 'call', many: 'calls' },
  connects: { one: 'connect', many: 'connects' },
  emails: { one: 'email', many: 'emails' },
  meetings_booked: { one: 'meeting booked', many: 'meetings booked' },
  meetings_held: { one: 'meeting held', many: 'meetings held' },
  opportunities_created: { one: 'opp', many: 'opps' },
  pipeline_created: { one: 'pipeline', many: 'pipeline' },
  deals_won: { one: 'deal won', many: 'deals won' },
  revenue_won: { one: 'revenue', many: 'revenue' },
  leads_assigned: { one: 'lead assigned', many: 'leads assigned' },
  leads_converted: { one: 'lead converted', many: 'leads converted' },
};

/** A short, human name of a metric for sentences ("18 more calls"). */
export function metricName(metric: string, count: 'one' | 'many' = 'many'): string {
  const known = METRIC_NAMES[metric as BuiltInMetric];
  if (known) return known[count];
  return metric.replace(/^custom:/, '').replaceAll('-', ' ');
}
