/**
 * `plans/assess`: what the plan editor shows beside a draft. The rep's activity from the 90 days
 * before the plan's start (this browser's database) → `computeBaseline` → `diagnose` (against
 * the team, else against the rep's own last 30 days and the 60 before them) →
 * `assessAttainability` → `suggestTargets`, and `lintPlan` against the CRM the rep's data
 * comes from. The other reps this browser holds plans for are the team, on the draft's calendar.
 * Reads only; a draft may be half-typed, so each step runs as far as the draft allows.
 */
import {
  assessAttainability,
  type Baseline,
  type ConnectedCrm,
  CRM_COUNTABLE_METRICS,
  computeBaseline,
  computeOwnHistory,
  diagnose,
  type LintOptions,
  leadDeepDive,
  leadDeepDiveView,
  lintPlan,
  MIN_TEAM_MEMBERS,
  type PlanDraft,
  type SuggestionPlan,
  suggestTargets,
  teamMembers,
} from '@onpace/core/diagnosis';
import { type Plan, safeParsePlan, Target } from '@onpace/core/schemas';
import type { PlanAssessment } from '../messaging/assess-views';
import { type Outcome, succeed } from '../messaging/result';
import type { StoredActivity } from '../storage/records';
import { readHubSpotCredentials, readRememberedSalesforceHost } from '../sync/settings';
import type { BackgroundEnv } from './env';
import { activitiesOfRep } from './rep-activities';

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The draft as a parsed plan, for the steps that need one: the plan itself when it parses, else
 * its calendar with only its complete targets (a placeholder name and title stand in for those
 * not typed yet). Null when even the calendar does not parse (no start, an unknown time zone).
 */
function assessablePlan(raw: Raw): { plan: Plan; targetIds: Set<string>; window: boolean } | null {
  const whole = safeParsePlan(raw);
  if (whole.success) {
    return { plan: whole.data, targetIds: new Set(whole.data.targets.map((t) => t.id)), window: true };
  }
  const targets = (Array.isArray(raw.targets) ? raw.targets : []).filter(
    (target) => Target.safeParse(target).success,
  );
  const ids = new Set(targets.map((target) => (target as { id: string }).id));
  if (ids.size !== targets.length) return null;
  const placeholder = { id: 'onpace-placeholder', metric: 'calls', cadence: 'daily', goal: 1 };
  const rep = isObject(raw.rep) ? raw.rep : {};
  const calendarOnly = {
    id: 'draft',
    title: 'Draft',
    rep: { id: text(rep.id) ?? 'draft-rep', name: 'Rep' },
    timeZone: raw.timeZone,
    start: raw.start,
    end: raw.end,
    workdays: raw.workdays,
    weekStartsOn: raw.weekStartsOn,
    holidays: raw.holidays,
    ptoDays: raw.ptoDays,
    targets: targets.length > 0 ? targets : [placeholder],
  };
  const parsed = safeParsePlan(calendarOnly);
  if (parsed.success) return { plan: parsed.data, targetIds: ids, window: true };
  // The end may be what is missing: the baseline needs only the start and the calendar.
  const noEnd = safeParsePlan({ ...calendarOnly, end: calendarOnly.start, targets: [placeholder] });
  return noEnd.success ? { plan: noEnd.data, targetIds: new Set(), window: false } : null;
}

/**
 * The CRM whose counts a target can rest on: one connected in this browser (the rep's own),
 * else the CRM the rep's stored activity came from (a manager holding a synced rep's bundle).
 */
async function dataSource(activities: readonly StoredActivity[]): Promise<LintOptions['crm']> {
  const connected: ConnectedCrm[] = [];
  if ((await readHubSpotCredentials()) !== null) connected.push('hubspot');
  if ((await readRememberedSalesforceHost()) !== null) connected.push('salesforce');
  if (connected.length === 0) {
    for (const system of ['hubspot', 'salesforce'] as const) {
      if (activities.some((activity) => activity.source === system)) connected.push(system);
    }
  }
  const [system] = connected;
  if (system === undefined) return null;
  return { system, metrics: [...new Set(connected.flatMap((crm) => CRM_COUNTABLE_METRICS[crm]))] };
}

/** Every other rep this browser holds a plan for, with their name, as the team. */
async function teammates(env: BackgroundEnv, repId: string | null): Promise<Map<string, string>> {
  const reps = new Map<string, string>();
  for (const plan of await env.db.plans.toArray()) {
    if (plan.rep.id !== repId && !reps.has(plan.rep.id)) reps.set(plan.rep.id, plan.rep.name);
  }
  return reps;
}

export async function assessPlan(
  env: BackgroundEnv,
  input: unknown,
): Promise<Outcome<{ assessment: PlanAssessment }>> {
  const raw = isObject(input) ? input : {};
  const repId = text(isObject(raw.rep) ? raw.rep.id : undefined) ?? null;
  const activities = repId === null ? [] : await activitiesOfRep(env.db, repId);
  const crm = await dataSource(activities);
  const lint = lintPlan(raw as PlanDraft, { crm });
  const others = await teammates(env, repId);
  const assessment: PlanAssessment = {
    repId,
    baseline: null,
    diagnosis: null,
    leadDeepDive: null,
    attainability: [],
    suggestions: [],
    lint,
    team: {
      reps: [...others].map(([id, name]) => ({ id, name })),
      members: 0,
      needed: MIN_TEAM_MEMBERS,
    },
    crm: crm?.system ?? null,
  };
  const assessable = repId === null ? null : assessablePlan(raw);
  if (assessable === null) return succeed({ assessment });

  const { plan, targetIds, window } = assessable;
  // Core starts each sample at the rep's first recorded activity: no history is not 90 days of zeros.
  const baseline = computeBaseline(plan, activities);
  const team: Baseline[] = [];
  for (const id of others.keys()) team.push(computeBaseline(plan, await activitiesOfRep(env.db, id)));
  const ownHistory = computeOwnHistory(plan, activities);
  const diagnosis = diagnose(baseline, team, { ownHistory });
  const suggestionPlan: SuggestionPlan = {
    targets: plan.targets.filter((target) => targetIds.has(target.id)),
    ...(window ? { start: plan.start, end: plan.end } : {}),
    timeZone: plan.timeZone,
    workdays: plan.workdays,
    weekStartsOn: plan.weekStartsOn,
    holidays: plan.holidays,
    ptoDays: plan.ptoDays,
  };
  return succeed({
    assessment: {
      ...assessment,
      baseline,
      diagnosis,
      leadDeepDive: leadDeepDiveView(leadDeepDive(plan, activities), ownHistory),
      attainability: assessAttainability(plan, baseline, { team }).filter((entry) =>
        targetIds.has(entry.targetId),
      ),
      suggestions: suggestTargets(suggestionPlan, baseline, diagnosis, team),
      team: { ...assessment.team, members: teamMembers(team).length },
    },
  });
}
