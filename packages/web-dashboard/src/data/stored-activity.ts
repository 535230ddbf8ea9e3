import type { Activity } from '@onpace/core/schemas';

/**
 * An activity and the rep it belongs to (activities carry no plan id; core's
 * `attributeActivities` says whose each is). Its own module, so the database and the merge that
 * fills it both use it without importing each other.
 */
export type StoredActivity = Activity & { repId: string };
