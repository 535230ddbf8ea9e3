// Deterministic inputs for the benchmarks: a 90-day plan with 10 targets and a large activity log.
import { addDays, BUILT_IN_METRICS, isSumMetric, parsePlan } from '../dist/index.js';

/** A small, seedable PRNG (mulberry32) so every run measures the same data. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CADENCES = ['daily', 'weekly', 'plan'];

export function ninetyDayPlan(index = 0) {
  const start = addDays('2026-09-01', index % 30);
  return parsePlan({
    id: `plan-${index}`,
    title: `Plan ${index}`,
    rep: { id: `rep-${index}`, name: `Rep ${index}` },
    timeZone: index % 2 === 0 ? 'America/New_York' : 'Europe/Berlin',
    start,
    end: addDays(start, 89),
    holidays: [addDays(start, 30), addDays(start, 31)],
    ptoDays: [addDays(start, 50)],
    targets: Array.from({ length: 10 }, (_, t) => {
      const metric = BUILT_IN_METRICS[t % BUILT_IN_METRICS.length];
      const cadence = CADENCES[t % 3];
      return {
        id: `t${t}`,
        metric: t === 9 ? 'custom:demos' : metric,
        cadence,
        goal: isSumMetric(metric) ? 250_000 : 40,
        rule: cadence === 'plan' ? undefined : { kind: 'share-of-periods', atLeast: 0.8 },
      };
    }),
  });
}

/** `count` activities over the plan window; about 5% repeat an earlier key and 1% delete one. */
export function activityLog(plan, count, seed = 7) {
  const next = random(seed);
  const startMs = Date.parse(`${plan.start}T00:00:00Z`);
  const spanMs = 92 * 86_400_000;
  const activities = new Array(count);
  for (let i = 0; i < count; i++) {
    const repeat = i > 100 && next() < 0.06;
    const id = repeat ? `r${Math.floor(next() * i)}` : `r${i}`;
    const metric = BUILT_IN_METRICS[Math.floor(next() * BUILT_IN_METRICS.length)];
    const activity = {
      source: next() < 0.5 ? 'salesforce' : 'hubspot',
      id,
      metric,
      occurredAt: new Date(startMs + Math.floor(next() * spanMs)).toISOString(),
    };
    if (isSumMetric(metric)) activity.amount = Math.round(next() * 50_000);
    if (repeat && next() < 0.15) activity.deleted = true;
    activities[i] = activity;
  }
  return activities;
}
