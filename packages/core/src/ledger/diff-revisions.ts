/**
 * `diffRevisions(a, b)`: what changed from one plan revision to the next, one entry per change,
 * each with the words a rep reads ("Calls: 40 → 35 a day", "End: Jan 23 → Feb 6",
 * "New target: Meetings held, 5 a week"). Bookkeeping fields (status, revision, timestamps)
 * are not changes a rep acknowledges and are left out.
 */

import { isSumMetric, metricName } from '../metrics/catalog.js';
import { normalizePlan } from '../schemas/normalize.js';
import {
  DEFAULT_THRESHOLDS,
  type Plan,
  type PlanInput,
  type Target,
  type TargetRule,
} from '../schemas/plan.js';
import { canonicalJson } from './canonical-json.js';

export interface RevisionChange {
  /** What changed, by path: `end`, `holidays`, `targets.calls.goal`… */
  readonly field: string;
  readonly kind: 'added' | 'removed' | 'changed';
  /** The target concerned, for target changes. */
  readonly targetId: string | null;
  /** The value before and after, in words; null for what did not exist. */
  readonly before: string | null;
  readonly after: string | null;
  /** The sentence to show. */
  readonly text: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ARROW = '→';

/** `Jan 23`; the year is added when the dates compared fall in different years. */
function formatDate(date: string, withYear: boolean): string {
  const [year, month, day] = date.split('-');
  const name = `${MONTHS[Number(month) - 1]} ${Number(day)}`;
  return withYear ? `${name}, ${year}` : name;
}

function datePair(before: string, after: string): [string, string] {
  const withYear = before.slice(0, 4) !== after.slice(0, 4);
  return [formatDate(before, withYear), formatDate(after, withYear)];
}

function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]?.toUpperCase() + text.slice(1);
}

function targetName(target: Target): string {
  return target.label ?? capitalize(metricName(target.metric));
}

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function formatGoal(target: Target, currency: string): string {
  if (isSumMetric(target.metric)) {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      target.goal,
    );
  }
  return counts.format(target.goal);
}

function perCadence(target: Target): string {
  if (target.cadence === 'daily') return 'a day';
  if (target.cadence === 'weekly') return 'a week';
  return target.until === undefined ? 'over the plan' : `by ${formatDate(target.until, false)}`;
}

function goalWords(target: Target, currency: string): string {
  return `${formatGoal(target, currency)} ${perCadence(target)}`;
}

function ruleWords(rule: TargetRule, cadence: Target['cadence']): string {
  const period = cadence === 'weekly' ? 'week' : 'day';
  if (rule.kind === 'each-period') return cadence === 'plan' ? 'one goal for the window' : `every ${period}`;
  if (rule.kind === 'total') return 'the total over the plan';
  return `at least ${counts.format(rule.atLeast * 100)}% of ${period}s`;
}

function workdayWords(days: readonly number[]): string {
  return [...days]
    .sort((a, b) => a - b)
    .map((day) => WEEKDAYS[day - 1]?.slice(0, 3))
    .join(', ');
}

function thresholdPercent(value: number): string {
  return `${counts.format(value * 100)}%`;
}

class ChangeList {
  readonly changes: RevisionChange[] = [];

  changed(field: string, label: string, before: string, after: string, targetId: string | null = null): void {
    if (before === after) return;
    this.changes.push({
      field,
      kind: 'changed',
      targetId,
      before,
      after,
      text: `${label}: ${before} ${ARROW} ${after}`,
    });
  }

  add(change: RevisionChange): void {
    this.changes.push(change);
  }
}

function diffDates(list: ChangeList, field: 'start' | 'end', label: string, a: Plan, b: Plan): void {
  if (a[field] === b[field]) return;
  const [before, after] = datePair(a[field], b[field]);
  list.add({
    field,
    kind: 'changed',
    targetId: null,
    before,
    after,
    text: `${label}: ${before} ${ARROW} ${after}`,
  });
}

function diffDateSet(list: ChangeList, field: 'holidays' | 'ptoDays', noun: string, a: Plan, b: Plan): void {
  const before = new Set(a[field]);
  const after = new Set(b[field]);
  for (const date of [...after].sort()) {
    if (before.has(date)) continue;
    const words = formatDate(date, true);
    list.add({
      field,
      kind: 'added',
      targetId: null,
      before: null,
      after: words,
      text: `${noun} added: ${words}`,
    });
  }
  for (const date of [...before].sort()) {
    if (after.has(date)) continue;
    const words = formatDate(date, true);
    list.add({
      field,
      kind: 'removed',
      targetId: null,
      before: words,
      after: null,
      text: `${noun} removed: ${words}`,
    });
  }
}

function cadenceWords(plan: Plan): string {
  const cadence = plan.checkInCadence;
  if (!cadence) return 'none set';
  const every = cadence.everyWeeks === 1 ? 'every week' : `every ${cadence.everyWeeks} weeks`;
  return `${every} on ${WEEKDAYS[cadence.weekday - 1]}`;
}

function diffTarget(list: ChangeList, before: Target, after: Target, a: Plan, b: Plan): void {
  const name = targetName(after);
  const field = (key: string): string => `targets.${after.id}.${key}`;
  if (before.metric !== after.metric) {
    list.changed(
      field('metric'),
      `${name}: counts`,
      metricName(before.metric),
      metricName(after.metric),
      after.id,
    );
  }
  if (before.label !== after.label && targetName(before) !== name) {
    list.changed(field('label'), 'Target renamed', targetName(before), name, after.id);
  }
  const sameUnit =
    before.cadence === after.cadence && before.until === after.until && a.currency === b.currency;
  if (sameUnit && before.goal !== after.goal) {
    // "Calls: 40 → 35 a day": the unit once, after the new goal.
    const was = formatGoal(before, a.currency);
    const now = formatGoal(after, b.currency);
    list.add({
      field: field('goal'),
      kind: 'changed',
      targetId: after.id,
      before: goalWords(before, a.currency),
      after: goalWords(after, b.currency),
      text: `${name}: ${was} ${ARROW} ${now} ${perCadence(after)}`,
    });
  } else if (!sameUnit) {
    list.changed(field('goal'), name, goalWords(before, a.currency), goalWords(after, b.currency), after.id);
  }
  list.changed(
    field('rule'),
    `${name}, what must be met`,
    ruleWords(before.rule, before.cadence),
    ruleWords(after.rule, after.cadence),
    after.id,
  );
  if (before.required !== after.required) {
    list.changed(
      field('required'),
      name,
      before.required ? 'required' : 'optional',
      after.required ? 'required' : 'optional',
      after.id,
    );
  }
}

function targetSummary(target: Target, currency: string): string {
  return `${targetName(target)}, ${goalWords(target, currency)}`;
}

/** The changes from revision `a` to revision `b`, plan-wide ones first, then per target. */
export function diffRevisions(a: Plan | PlanInput, b: Plan | PlanInput): RevisionChange[] {
  const before = normalizePlan(a);
  const after = normalizePlan(b);
  const list = new ChangeList();

  list.changed('title', 'Title', `"${before.title}"`, `"${after.title}"`);
  list.changed('label', 'Plan called', before.label ?? 'no name', after.label ?? 'no name');
  list.changed('rep.name', 'Rep', before.rep.name, after.rep.name);
  list.changed(
    'manager.name',
    'Manager',
    before.manager?.name ?? 'none named',
    after.manager?.name ?? 'none named',
  );
  diffDates(list, 'start', 'Start', before, after);
  diffDates(list, 'end', 'End', before, after);
  list.changed('timeZone', 'Time zone', before.timeZone, after.timeZone);
  list.changed('workdays', 'Workdays', workdayWords(before.workdays), workdayWords(after.workdays));
  list.changed(
    'weekStartsOn',
    'Weeks start on',
    WEEKDAYS[before.weekStartsOn - 1] ?? '',
    WEEKDAYS[after.weekStartsOn - 1] ?? '',
  );
  list.changed(
    'workingHours',
    'Working hours',
    `${before.workingHours.start}–${before.workingHours.end}`,
    `${after.workingHours.start}–${after.workingHours.end}`,
  );
  diffDateSet(list, 'holidays', 'Holiday', before, after);
  diffDateSet(list, 'ptoDays', 'Day off', before, after);
  const thresholdsBefore = before.thresholds ?? DEFAULT_THRESHOLDS;
  const thresholdsAfter = after.thresholds ?? DEFAULT_THRESHOLDS;
  const bands = [
    ['ahead', 'Ahead from'],
    ['onTrack', 'On track from'],
    ['atRisk', 'At risk from'],
  ] as const;
  for (const [band, label] of bands) {
    list.changed(
      `thresholds.${band}`,
      label,
      `${thresholdPercent(thresholdsBefore[band])} of pace`,
      `${thresholdPercent(thresholdsAfter[band])} of pace`,
    );
  }
  list.changed('checkInCadence', 'Check-ins', cadenceWords(before), cadenceWords(after));
  list.changed('currency', 'Currency', before.currency, after.currency);
  if (canonicalJson(before.counting ?? null) !== canonicalJson(after.counting ?? null)) {
    list.add({
      field: 'counting',
      kind: 'changed',
      targetId: null,
      before: null,
      after: null,
      text: 'What counts as each activity in the CRM changed',
    });
  }

  const beforeTargets = new Map(before.targets.map((target) => [target.id, target]));
  const afterIds = new Set(after.targets.map((target) => target.id));
  for (const target of after.targets) {
    const earlier = beforeTargets.get(target.id);
    if (earlier) diffTarget(list, earlier, target, before, after);
  }
  for (const target of before.targets) {
    if (afterIds.has(target.id)) continue;
    const words = targetSummary(target, before.currency);
    list.add({
      field: `targets.${target.id}`,
      kind: 'removed',
      targetId: target.id,
      before: words,
      after: null,
      text: `Removed target: ${words}`,
    });
  }
  for (const target of after.targets) {
    if (beforeTargets.has(target.id)) continue;
    const words = targetSummary(target, after.currency);
    list.add({
      field: `targets.${target.id}`,
      kind: 'added',
      targetId: target.id,
      before: null,
      after: words,
      text: `New target: ${words}`,
    });
  }
  return list.changes;
}

/** Each target of a plan in the words `diffRevisions` uses ("Calls, 40 a day"): what revision 1 set. */
export function targetLines(plan: Plan | PlanInput): string[] {
  const normal = normalizePlan(plan);
  return normal.targets.map((target) => targetSummary(target, normal.currency));
}
