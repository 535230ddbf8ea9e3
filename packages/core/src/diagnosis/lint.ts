/**
 * `lintPlan`: what would keep a plan from being measured honestly. Reads a draft as the editor
 * holds it (any field may be missing); a parsed `Plan` is a draft too. Severity: `error` when a
 * target cannot be measured or has no deadline; `warning` for good practice (30 to 90 days, a
 * check-in cadence, a data source other than manual logs); `info` for what the editor should say.
 */
import { isCivilDate, toDayNumber } from '../calendar/civil-date.js';
import { HUBSPOT_METRICS } from '../crm/hubspot.js';
import { SALESFORCE_METRICS } from '../crm/salesforce.js';
import { BUILT_IN_METRICS, isMetricId, metricName } from '../schemas/metric.js';
import { Cadence } from '../schemas/plan.js';
import type { LintCode, LintFinding, LintSeverity } from './lint-schema.js';

export const MIN_PLAN_DAYS = 30;
export const MAX_PLAN_DAYS = 90;

export type ConnectedCrm = 'salesforce' | 'hubspot';

/** The metrics each CRM's sync can count (every object type it reads). */
export const CRM_COUNTABLE_METRICS: Readonly<Record<ConnectedCrm, readonly string[]>> = {
  salesforce: Object.values(SALESFORCE_METRICS).flat(),
  hubspot: Object.values(HUBSPOT_METRICS).flat(),
};

export interface LintOptions {
  /**
   * The CRM connected for the rep, and the metrics it can count (default: all it can map; pass
   * fewer when the connection lacks a scope or an object). Absent or null: no CRM connected.
   */
  readonly crm?: { readonly system: ConnectedCrm; readonly metrics?: readonly string[] } | null;
}

export interface TargetDraft {
  readonly metric?: string | null;
  readonly cadence?: string | null;
  readonly goal?: number | null;
  readonly until?: string | null;
}

export interface PlanDraft {
  readonly start?: string | null;
  readonly end?: string | null;
  readonly targets?: readonly TargetDraft[] | null;
  readonly checkInCadence?: unknown;
}

const CRM_NAMES: Record<ConnectedCrm, string> = { salesforce: 'Salesforce', hubspot: 'HubSpot' };

function finding(path: string, severity: LintSeverity, code: LintCode, message: string): LintFinding {
  return { path, severity, code, message };
}

function dayOf(date: string | null | undefined): number | null {
  return typeof date === 'string' && isCivilDate(date) ? toDayNumber(date) : null;
}

function planFindings(plan: PlanDraft): LintFinding[] {
  const found: LintFinding[] = [];
  const start = dayOf(plan.start);
  const end = dayOf(plan.end);
  if (start === null) found.push(finding('start', 'error', 'no-start', 'Set the date the plan starts.'));
  if (end === null) {
    found.push(
      finding('end', 'error', 'no-end', 'Set the date the plan ends: it is the deadline of its targets.'),
    );
  } else if (start !== null && end < start) {
    found.push(finding('end', 'error', 'end-before-start', 'Ends before it starts.'));
  } else if (start !== null) {
    const days = end - start + 1;
    if (days < MIN_PLAN_DAYS) {
      found.push(
        finding(
          'end',
          'warning',
          'too-short',
          `The plan lasts ${days} days; give it at least ${MIN_PLAN_DAYS} so that a change can show in the numbers.`,
        ),
      );
    } else if (days > MAX_PLAN_DAYS) {
      found.push(
        finding(
          'end',
          'warning',
          'too-long',
          `The plan lasts ${days} days; keep it to ${MAX_PLAN_DAYS} at most and agree on a new one after.`,
        ),
      );
    }
  }
  if (plan.checkInCadence === undefined || plan.checkInCadence === null) {
    found.push(
      finding(
        'checkInCadence',
        'warning',
        'no-check-in-cadence',
        'Set how often the rep and the manager check in (weekly works well).',
      ),
    );
  }
  if (!plan.targets || plan.targets.length === 0) {
    found.push(finding('targets', 'error', 'no-targets', 'Add at least one target.'));
  }
  return found;
}

function sourceFinding(path: string, metric: string, options: LintOptions): LintFinding | null {
  const name = metricName(metric);
  if (!(BUILT_IN_METRICS as readonly string[]).includes(metric)) {
    return finding(path, 'info', 'manual-metric', `The rep logs ${name} by hand; no CRM counts them.`);
  }
  const crm = options.crm ?? null;
  if (crm === null) {
    return finding(
      path,
      'warning',
      'no-data-source',
      `No CRM is connected, so ${name} count only when logged by hand. Connect Salesforce or HubSpot to count them.`,
    );
  }
  const countable = crm.metrics ?? CRM_COUNTABLE_METRICS[crm.system];
  if (!countable.includes(metric)) {
    return finding(
      path,
      'error',
      'metric-not-counted',
      `The ${CRM_NAMES[crm.system]} connection does not count ${name}; choose another metric or extend the connection.`,
    );
  }
  return null;
}

function deadlineFinding(path: string, target: TargetDraft, plan: PlanDraft): LintFinding | null {
  const until = target.until;
  if (until === undefined || until === null || until === '') {
    return dayOf(plan.end) === null
      ? finding(
          path,
          'error',
          'no-deadline',
          'Has no deadline: set the plan’s end date or a date for this target.',
        )
      : null;
  }
  const day = dayOf(until);
  if (day === null) return finding(path, 'error', 'no-deadline', 'Its deadline is not a date (YYYY-MM-DD).');
  const start = dayOf(plan.start);
  const end = dayOf(plan.end);
  if ((start !== null && day < start) || (end !== null && day > end)) {
    return finding(path, 'error', 'deadline-outside-plan', 'Its deadline falls outside the plan’s dates.');
  }
  return null;
}

function targetFindings(
  target: TargetDraft,
  index: number,
  plan: PlanDraft,
  options: LintOptions,
): LintFinding[] {
  const at = (field: string) => `targets[${index}].${field}`;
  const found: LintFinding[] = [];
  const metric = target.metric;
  if (typeof metric !== 'string' || !isMetricId(metric)) {
    found.push(finding(at('metric'), 'error', 'no-metric', 'Choose what this target counts.'));
  } else {
    const source = sourceFinding(at('metric'), metric, options);
    if (source) found.push(source);
  }
  if (typeof target.cadence !== 'string' || !Cadence.safeParse(target.cadence).success) {
    found.push(finding(at('cadence'), 'error', 'no-cadence', 'Choose per day, per week or over the plan.'));
  }
  const goal = target.goal;
  if (typeof goal !== 'number' || !Number.isFinite(goal) || goal <= 0) {
    found.push(
      finding(at('goal'), 'error', 'no-goal', 'Set a goal above 0, so that progress can be measured.'),
    );
  }
  const deadline = deadlineFinding(at('until'), target, plan);
  if (deadline) found.push(deadline);
  return found;
}

/** Every finding of a plan draft, plan-level fields first, then each target in order. */
export function lintPlan(plan: PlanDraft, options: LintOptions = {}): LintFinding[] {
  const found = planFindings(plan);
  (plan.targets ?? []).forEach((target, index) => {
    found.push(...targetFindings(target, index, plan, options));
  });
  return found;
}
