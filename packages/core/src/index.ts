/**
 * @onpace/core: OnPace's pure domain. No browser API, no clock: every instant is an argument.
 * Narrow entry points (`@onpace/core/calendar`, `/schemas`, `/rollups`, `/pace`, `/present`,
 * `/evaluation`, `/words`) keep bundles small.
 */
import { businessDates, planCalendar } from './calendar/plan-calendar.js';
import { normalizePlan } from './schemas/normalize.js';
import type { Plan, PlanInput } from './schemas/plan.js';

export {
  addDays,
  type CalendarSpec,
  civilDateAt,
  fromDayNumber,
  isCivilDate,
  isInstant,
  isValidTimeZone,
  type LocalTime,
  localTimeAt,
  type PlanCalendar,
  parseInstant,
  planCalendar,
  startOfLocalDay,
  toDayNumber,
  weekdayOf,
} from './calendar/index.js';
export * from './crm/index.js';
export * from './diagnosis/index.js';
export * from './identity/index.js';
export * from './ledger/index.js';
export * from './pace/index.js';
export * from './rollups/index.js';
export * from './schemas/index.js';

/** The business days `B` of a plan's window, as civil dates in order. */
export function businessDays(plan: Plan | PlanInput): string[] {
  return businessDates(planCalendar(normalizePlan(plan)));
}
