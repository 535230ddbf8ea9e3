/** The JSON form of a rollup, checked where rollups cross a boundary (the extension bridge, files). */
import { z } from 'zod';
import { ROLLUP_KIND } from '../rollups/rollup.js';
import { MetricId } from './metric.js';
import { CivilDate, Instant, TimeZone } from './primitives.js';

const MetricRollup = z.object({
  totals: z.array(z.number().finite()),
  latest: z.array(z.number().finite().nullable()),
});

export const RollupSchema = z
  .object({
    kind: z.literal(ROLLUP_KIND),
    timeZone: TimeZone,
    from: CivilDate,
    to: CivilDate,
    cutoff: Instant.nullable(),
    metrics: z.record(z.string(), MetricRollup),
  })
  .superRefine((rollup, ctx) => {
    for (const [metric, days] of Object.entries(rollup.metrics)) {
      if (!MetricId.safeParse(metric).success) {
        ctx.addIssue({ code: 'custom', path: ['metrics', metric], message: 'is not a known metric' });
      }
      if (days.totals.length !== days.latest.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', metric, 'latest'],
          message: 'must have one entry per day of totals',
        });
      }
    }
  });

/** A plan's rollup as it travels: which plan it belongs to, and the rollup itself. */
export const PlanRollup = z.object({ planId: z.string().min(1), rollup: RollupSchema });
export type PlanRollup = z.infer<typeof PlanRollup>;
