// `pnpm bench` for @onpace/core: prints one figure per line as `name: value unit`.
import { performance } from 'node:perf_hooks';
import {
  activityKey,
  assessAttainability,
  computeBaseline,
  evaluatePlan,
  isSumMetric,
  rollupActivities,
} from '../dist/index.js';
import { activityLog, ninetyDayPlan } from './fixtures.mjs';
import { ledgerBench } from './ledger.mjs';

function best(runs, fn) {
  let fastest = Number.POSITIVE_INFINITY;
  let result;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = fn();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return { ms: fastest, result };
}

/** The straightforward rollup: one Intl conversion per activity, string-keyed maps. */
function naiveRollup(plan, activities) {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: plan.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const latest = new Map();
  for (const activity of activities) latest.set(activityKey(activity), activity);
  const totals = new Map();
  for (const activity of latest.values()) {
    if (activity.deleted) continue;
    const date = format.format(new Date(activity.occurredAt));
    if (date < plan.start || date > plan.end) continue;
    const key = `${activity.metric}|${date}`;
    totals.set(key, (totals.get(key) ?? 0) + (isSumMetric(activity.metric) ? activity.amount : 1));
  }
  return totals;
}

// First, while the heap is small: the 1M-activity fixtures below would otherwise slow its collections.
const ledgerLines = ledgerBench();

const ACTIVITY_COUNT = 1_000_000;
const plan = ninetyDayPlan(0);
const activities = activityLog(plan, ACTIVITY_COUNT);

const fast = best(5, () => rollupActivities(plan, activities));
const naive = best(2, () => naiveRollup(plan, activities));

// The two must agree, or the speed-up means nothing.
for (const [key, value] of naive.result) {
  const [metric, date] = key.split('|');
  const dayIndex = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${plan.start}T00:00:00Z`)) / 86_400_000;
  const ours = fast.result.metrics[metric]?.totals[dayIndex];
  if (Math.abs((ours ?? 0) - value) > 1e-6)
    throw new Error(`rollups disagree on ${key}: ${ours} vs ${value}`);
}

const asOf = '2026-10-15T18:30:00Z';
const rollup = fast.result;
evaluatePlan(plan, rollup, asOf);
const ITERATIONS = 2_000;
const single = best(3, () => {
  for (let i = 0; i < ITERATIONS; i++) evaluatePlan(plan, rollup, asOf);
});

const TEAM = 500;
const teamPlans = Array.from({ length: TEAM }, (_, i) => ninetyDayPlan(i));
const teamRollups = teamPlans.map((p, i) => rollupActivities(p, activityLog(p, 2_000, i + 1)));
const team = best(5, () => teamPlans.map((p, i) => evaluatePlan(p, teamRollups[i], asOf)));
const coldPlans = Array.from({ length: TEAM }, (_, i) => ninetyDayPlan(i + TEAM));
const coldRollups = coldPlans.map((p, i) => rollupActivities(p, activityLog(p, 2_000, i + 1)));
const cold = best(1, () => coldPlans.map((p, i) => evaluatePlan(p, coldRollups[i], asOf)));

// What the overlay recomputes on each state push: a rep's 90-day baseline from 20,000
// activities and every target's chance at asOf (the plan's settled days joining the sample).
const history = activityLog(plan, 20_000, 3);
const window = { from: plan.start, to: plan.end };
const attainability = best(5, () =>
  assessAttainability(plan, computeBaseline(plan, history, window), { asOf, activities: rollup }),
);

const lines = [
  ['rollup_throughput', (ACTIVITY_COUNT / fast.ms) * 1000, 'activities/s', 0],
  ['rollup_1m_activities', fast.ms, 'ms', 1],
  ['rollup_naive_throughput', (ACTIVITY_COUNT / naive.ms) * 1000, 'activities/s', 0],
  ['rollup_speedup_vs_naive', naive.ms / fast.ms, 'x', 1],
  ['evaluate_plan_90d_10_targets', single.ms / ITERATIONS, 'ms', 4],
  ['evaluate_team_500_plans', team.ms, 'ms', 1],
  ['evaluate_team_500_plans_first_time', cold.ms, 'ms', 1],
  ['baseline_and_attainability_20k_activities_10_targets', attainability.ms, 'ms', 1],
  ...ledgerLines,
];
for (const [name, value, unit, digits] of lines) console.log(`${name}: ${value.toFixed(digits)} ${unit}`);
