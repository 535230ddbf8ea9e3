/**
 * The instants a plan's activity is read between. SOQL and HubSpot compare instants in UTC, and
 * "today" in the CRM follows its user's zone, not the plan's: so the bounds are computed here, in
 * the plan's zone, from its first local midnight to the midnight after its last day.
 */
import { startOfLocalDay, toDayNumber } from '@onpace/core/calendar';
import type { Plan } from '@onpace/core/schemas';
import type { TimeWindow } from './state';

export function planWindow(plan: Pick<Plan, 'start' | 'end' | 'timeZone'>): TimeWindow {
  return {
    fromMs: startOfLocalDay(toDayNumber(plan.start), plan.timeZone),
    toMs: startOfLocalDay(toDayNumber(plan.end) + 1, plan.timeZone),
  };
}
