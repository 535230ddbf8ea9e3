/**
 * Leads for a demo rep: leads assigned on workdays from 90 days before the plan to the demo's
 * "today" (or the plan's end), at the rep's weekly lead volume with seeded noise, one in about
 * eight (12%) converted 3 to 15 days later. Every rep gets them, so the team has a lead volume to compare
 * with; Sam Patel's fell in the 30 days before his plan (roster.ts), while his conversion held.
 * Their own seeded stream and ids, so no other demo figure changes.
 */
import { addDays, fromDayNumber, startOfLocalDay, toDayNumber, weekdayOf } from '@onpace/core/calendar';
import type { Activity, Plan } from '@onpace/core/schemas';
import { HISTORY_DAYS } from './activities';
import { seededRandom } from './prng';
import type { DemoRep } from './roster';

export const LEAD_CONVERSION_RATE = 0.12;

function instantAt(date: string, timeZone: string, minutes: number): string {
  return new Date(startOfLocalDay(toDayNumber(date), timeZone) + minutes * 60_000).toISOString();
}

export function demoLeads(demo: DemoRep, plan: Plan, lastDate: string, seed: number): Activity[] {
  const random = seededRandom(seed);
  const last = lastDate < plan.end ? lastDate : plan.end;
  const activities: Activity[] = [];
  const first = toDayNumber(plan.start) - HISTORY_DAYS;
  // Every lead adds its share of a conversion; one converts each time the share reaches 1, so
  // any month converts close to 12% (a coin per lead would swing widely over a few dozen leads).
  let conversionCredit = random();
  for (let day = first; day <= toDayNumber(last); day++) {
    const date = fromDayNumber(day);
    if (!plan.workdays.includes(weekdayOf(date)) || plan.holidays.includes(date)) continue;
    const perDay = demo.leadsPerWeek(date) / plan.workdays.length;
    const planned = perDay * (1 + (random() - 0.5) * 0.5);
    const count = Math.floor(planned) + (random() < planned - Math.floor(planned) ? 1 : 0);
    for (let k = 0; k < count; k++) {
      const id = `${plan.id}-lead-${date}-${k}`;
      const base = { source: demo.source, id, ownerId: demo.rep.id } as const;
      activities.push({
        ...base,
        metric: 'leads_assigned',
        occurredAt: instantAt(date, plan.timeZone, 8 * 60 + random() * 9 * 60),
      });
      conversionCredit += LEAD_CONVERSION_RATE;
      if (conversionCredit < 1) continue;
      conversionCredit -= 1;
      const convertedOn = addDays(date, 3 + Math.floor(random() * 13));
      if (convertedOn > last) continue;
      activities.push({
        ...base,
        metric: 'leads_converted',
        occurredAt: instantAt(convertedOn, plan.timeZone, 9 * 60 + random() * 8 * 60),
      });
    }
  }
  return activities;
}
