/** One thing a rep did, as counted: a call, an email, an opportunity's creation, a manual +1. */
import { z } from 'zod';
import { isSumMetric, MetricId } from './metric.js';
import { Instant, RecordId } from './primitives.js';

/** `dispute`: an activity an accepted dispute adds (see applyLedger); never synced or logged. */
export const ActivitySource = z.enum(['salesforce', 'hubspot', 'manual', 'dispute']);
export type ActivitySource = z.infer<typeof ActivitySource>;

export const Activity = z
  .object({
    source: ActivitySource,
    /** The record's id in its source; with `source` and `metric` it keys the activity. */
    id: RecordId,
    metric: MetricId,
    occurredAt: Instant,
    /** Money for sum metrics (pipeline, revenue), in the plan's currency. */
    amount: z.number().finite().min(0, { message: 'must not be negative' }).optional(),
    /** A deleted record: removes every earlier version with the same key. */
    deleted: z.boolean().optional(),
    ownerId: z.string().min(1).optional(),
    recordUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
    /** When the source last changed the record; sync uses it as a high-water mark. */
    modifiedAt: Instant.optional(),
  })
  .superRefine((activity, ctx) => {
    if (isSumMetric(activity.metric) && activity.amount === undefined && activity.deleted !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `is required for the sum metric ${activity.metric}`,
      });
    }
  });
export type Activity = z.infer<typeof Activity>;
export type ActivityInput = z.input<typeof Activity>;

/** The identity of an activity across versions: the same record counted for the same metric. */
export function activityKey(activity: Pick<Activity, 'source' | 'id' | 'metric'>): string {
  return `${activity.source}\u0000${activity.id}\u0000${activity.metric}`;
}
