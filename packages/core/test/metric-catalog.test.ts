import { describe, expect, it } from 'vitest';
import { BUILT_IN_METRICS, isMetricId, METRIC_GROUPS, MetricId, metricName } from '../src/index.js';

describe('the metric catalog', () => {
  it('offers every built-in metric exactly once in the picker groups, leads first', () => {
    const grouped = METRIC_GROUPS.flatMap((group) => group.metrics);
    expect([...grouped].sort()).toEqual([...BUILT_IN_METRICS].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
    expect(METRIC_GROUPS[0]).toEqual({ label: 'Leads', metrics: ['leads_assigned', 'leads_converted'] });
  });

  it('knows the lead metrics by name and as metric ids', () => {
    expect(isMetricId('leads_assigned')).toBe(true);
    expect(MetricId.safeParse('leads_converted').success).toBe(true);
    expect(metricName('leads_assigned')).toBe('leads assigned');
    expect(metricName('leads_converted', 'one')).toBe('lead converted');
  });
});
