/**
 * Activity for a demo rep: per business day and target metric, the goal's daily rate times the
 * rep's form, with seeded noise; a few weekend calls (they count toward weekly and plan totals);
 * one edited deal and one deleted call, as a bundle carries them: each record once, in its latest
 * version (a bundle that repeats a record is refused).
 */
import { fromDayNumber, planCalendar, startOfLocalDay, toDayNumber, weekdayOf } from '@onpace/core/calendar';
import type { Activity, Plan, Target } from '@onpace/core/schemas';
import { isSumMetric } from '@onpace/core/schemas';
import { type Random, seededRandom } from './prng';
import type { DemoRep } from './roster';

/** Average deal size for sum metrics, in the plan's currency. */
const AVERAGE_DEAL = 12_000;

function stochasticRound(random: Random, value: number): number {
  const whole = Math.floor(value);
  return whole + (random() < value - whole ? 1 : 0);
}

/** What the goal asks per business day. */
function dailyRate(target: Target, businessDaysInWindow: number, workdaysPerWeek: number): number {
  if (target.cadence === 'daily') return target.goal;
  if (target.cadence === 'weekly') return target.goal / workdaysPerWeek;
  return target.goal / businessDaysInWindow;
}

function instantAt(dayNumber: number, timeZone: string, minutesAfterMidnight: number): string {
  return new Date(startOfLocalDay(dayNumber, timeZone) + minutesAfterMidnight * 60_000).toISOString();
}

export function demoActivities(demo: DemoRep, plan: Plan, lastDate: string, seed: number): Activity[] {
  const random = seededRandom(seed);
  const calendar = planCalendar(plan);
  const lastIndex = Math.min(calendar.dayCount - 1, toDayNumber(lastDate) - calendar.startDay);
  const activities: Activity[] = [];
  const metrics = new Map<Target['metric'], Target>();
  for (const target of plan.targets) if (!metrics.has(target.metric)) metrics.set(target.metric, target);

  for (let index = 0; index <= lastIndex; index++) {
    const dayNumber = calendar.startDay + index;
    const date = fromDayNumber(dayNumber);
    const business = calendar.isBusiness[index] === 1;
    for (const [metric, target] of metrics) {
      const windowEnd = target.until ? toDayNumber(target.until) - calendar.startDay : calendar.dayCount - 1;
      if (index > windowEnd) continue;
      const windowDays = calendar.businessBefore[windowEnd + 1] ?? calendar.total;
      const rate = dailyRate(target, windowDays, calendar.workdaysPerWeek);
      // Daily goals are small relative to their noise: keep it tight so a good rep meets most days.
      const spread = target.cadence === 'daily' ? 0.24 : 0.9;
      const noise = 1 + (random() - 0.5) * spread;
      let planned = business ? rate * demo.form(metric, date) * noise : 0;
      if (!business && metric === 'calls' && random() < 0.15) planned = 1 + random() * 3;
      const sum = isSumMetric(metric);
      const count = stochasticRound(random, sum ? planned / AVERAGE_DEAL : planned);
      for (let k = 0; k < count; k++) {
        const minutes = 9 * 60 + random() * 8 * 60;
        const activity: Activity = {
          source: demo.source,
          id: `${plan.id}-${metric}-${date}-${k}`,
          metric,
          occurredAt: instantAt(dayNumber, plan.timeZone, minutes),
          ownerId: demo.rep.id,
        };
        if (sum) activity.amount = Math.round((AVERAGE_DEAL * (0.4 + random() * 1.2)) / 100) * 100;
        activities.push(activity);
      }
    }
  }
  return withCorrections(activities);
}

/** Calendar days of history before each plan: the baseline core's diagnosis reads. */
export const HISTORY_DAYS = 90;

/**
 * The rep's activity in the 90 days before the plan, for its baseline: per weekday and target
 * metric, the goal's daily rate times the rep's form before the plan (0.7 to 1, from the seed),
 * with noise; nothing on weekends. Its own seeded stream and dates before `plan.start`, so the
 * plan's own activity is exactly what it was without it.
 */
export function demoHistory(demo: DemoRep, plan: Plan, seed: number): Activity[] {
  const random = seededRandom(seed);
  const calendar = planCalendar(plan);
  const priorForm = 0.7 + random() * 0.3;
  const activities: Activity[] = [];
  const metrics = new Map<Target['metric'], Target>();
  for (const target of plan.targets) if (!metrics.has(target.metric)) metrics.set(target.metric, target);
  const startDay = toDayNumber(plan.start);
  for (let dayNumber = startDay - HISTORY_DAYS; dayNumber < startDay; dayNumber++) {
    const date = fromDayNumber(dayNumber);
    if (!plan.workdays.includes(weekdayOf(date))) continue;
    for (const [metric, target] of metrics) {
      const rate = dailyRate(target, calendar.total, calendar.workdaysPerWeek);
      const spread = target.cadence === 'daily' ? 0.3 : 0.9;
      const planned = rate * priorForm * (1 + (random() - 0.5) * spread);
      const sum = isSumMetric(metric);
      const count = stochasticRound(random, sum ? planned / AVERAGE_DEAL : planned);
      for (let k = 0; k < count; k++) {
        const activity: Activity = {
          source: demo.source,
          id: `${plan.id}-before-${metric}-${date}-${k}`,
          metric,
          occurredAt: instantAt(dayNumber, plan.timeZone, 9 * 60 + random() * 8 * 60),
          ownerId: demo.rep.id,
        };
        if (sum) activity.amount = Math.round((AVERAGE_DEAL * (0.4 + random() * 1.2)) / 100) * 100;
        activities.push(activity);
      }
    }
  }
  return activities;
}

/** A deal whose amount was raised a week later, and a call deleted after it was logged. */
function withCorrections(activities: readonly Activity[]): Activity[] {
  const corrected = [...activities];
  const dealIndex = corrected.findIndex((activity) => activity.amount !== undefined);
  const deal = corrected[dealIndex];
  if (deal?.amount !== undefined) {
    const later = new Date(Date.parse(deal.occurredAt) + 7 * 86_400_000).toISOString();
    corrected[dealIndex] = { ...deal, amount: deal.amount + 5_000, modifiedAt: later };
  }
  const callIndex = corrected.findIndex((activity) => activity.metric === 'calls');
  const call = corrected[callIndex];
  if (call) corrected[callIndex] = { ...call, deleted: true, modifiedAt: call.occurredAt };
  return corrected;
}
