/** The zod schema of a metric id; the catalog itself lives in metrics/catalog.ts. */
import { z } from 'zod';
import { BUILT_IN_METRICS, isMetricId, type MetricId as MetricIdType } from '../metrics/catalog.js';

export * from '../metrics/catalog.js';
export type MetricId = MetricIdType;

export const MetricId = z.custom<MetricIdType>(isMetricId, {
  message: `must be one of ${BUILT_IN_METRICS.join(', ')} or custom:<slug> (lowercase letters, digits, dashes)`,
});
