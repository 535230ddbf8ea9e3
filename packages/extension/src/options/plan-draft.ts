/**
 * The plan form's state: every field as the text a person typed, so a half-typed number is not
 * lost. `planInputFromDraft` turns it into the plan object core checks; core's problems come
 * back with plan paths (`targets[0].goal`), the same paths the form's fields are keyed by.
 */
import type { Cadence, Plan, Target, TargetRule } from '@onpace/core/schemas';

export interface TargetDraft {
  /** Kept across edits (activities and snapshots name targets by id); new ones get one. */
  readonly id: string;
  readonly metric: string;
  readonly label: string;
  readonly cadence: Cadence;
  readonly goal: string;
  readonly rule: TargetRule['kind'];
  /** For `share-of-periods`: a share such as 0.8. */
  readonly atLeast: string;
  readonly until: string;
  readonly required: boolean;
}

export interface PlanDraft {
  readonly id: string;
  readonly title: string;
  readonly label: string;
  readonly repId: string;
  readonly repName: string;
  readonly repEmail: string;
  readonly managerId: string;
  readonly managerName: string;
  readonly timeZone: string;
  readonly start: string;
  readonly end: string;
  readonly workdays: readonly number[];
  /** One date per line or comma-separated. */
  readonly holidays: string;
  readonly workStart: string;
  readonly workEnd: string;
  readonly currency: string;
  /** Empty for no check-in cadence. */
  readonly checkInEveryWeeks: string;
  readonly checkInWeekday: string;
  readonly targets: readonly TargetDraft[];
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

export function newTargetDraft(existing: readonly TargetDraft[], metric = 'calls'): TargetDraft {
  const taken = new Set(existing.map((target) => target.id));
  let id = slug(metric) || 'target';
  for (let n = 2; taken.has(id); n++) id = `${slug(metric)}-${n}`;
  return {
    id,
    metric,
    label: '',
    cadence: 'daily',
    goal: '',
    rule: 'each-period',
    atLeast: '',
    until: '',
    required: true,
  };
}

export function emptyPlanDraft(today: string, timeZone: string, newId: string): PlanDraft {
  return {
    id: `plan-${newId}`,
    title: '',
    label: '',
    repId: '',
    repName: '',
    repEmail: '',
    managerId: '',
    managerName: '',
    timeZone,
    start: today,
    end: '',
    workdays: [1, 2, 3, 4, 5],
    holidays: '',
    workStart: '09:00',
    workEnd: '17:00',
    currency: 'USD',
    checkInEveryWeeks: '1',
    checkInWeekday: '5',
    targets: [newTargetDraft([])],
  };
}

export function draftFromPlan(plan: Plan): PlanDraft {
  return {
    id: plan.id,
    title: plan.title,
    label: plan.label ?? '',
    repId: plan.rep.id,
    repName: plan.rep.name,
    repEmail: plan.rep.email ?? '',
    managerId: plan.manager?.id ?? '',
    managerName: plan.manager?.name ?? '',
    timeZone: plan.timeZone,
    start: plan.start,
    end: plan.end,
    workdays: plan.workdays,
    holidays: plan.holidays.join('\n'),
    workStart: plan.workingHours.start,
    workEnd: plan.workingHours.end,
    currency: plan.currency,
    checkInEveryWeeks: plan.checkInCadence ? String(plan.checkInCadence.everyWeeks) : '',
    checkInWeekday: String(plan.checkInCadence?.weekday ?? 5),
    targets: plan.targets.map(targetDraftFromTarget),
  };
}

export function targetDraftFromTarget(target: Target): TargetDraft {
  return {
    id: target.id,
    metric: target.metric,
    label: target.label ?? '',
    cadence: target.cadence,
    goal: String(target.goal),
    rule: target.rule.kind,
    atLeast: target.rule.kind === 'share-of-periods' ? String(target.rule.atLeast) : '',
    until: target.until ?? '',
    required: target.required,
  };
}

/**
 * The targets with a suggestion applied: in place of the target it `replaces` (keeping that
 * target's id, label and milestone, so its history stays tied to it), else added at the end.
 */
export function applySuggestion(
  targets: readonly TargetDraft[],
  suggestion: { readonly target: Target; readonly replaces: string | null },
): TargetDraft[] {
  const suggested = targetDraftFromTarget(suggestion.target);
  const index = suggestion.replaces === null ? -1 : targets.findIndex((t) => t.id === suggestion.replaces);
  const replaced = targets[index];
  if (replaced === undefined) return [...targets, suggested];
  const kept = { ...suggested, id: replaced.id, label: replaced.label, until: replaced.until };
  return targets.map((target, position) => (position === index ? kept : target));
}

/** A number field: empty is "missing" (core says "is required"), anything else is read as typed. */
function numberOf(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text.trim();
}

function ruleOf(target: TargetDraft): Record<string, unknown> {
  return target.rule === 'share-of-periods'
    ? { kind: target.rule, atLeast: numberOf(target.atLeast) }
    : { kind: target.rule };
}

/** A person's id: kept when editing; from the email or name when new, so one rep's plans share it. */
function personId(existing: string, email: string, name: string, prefix: string): string {
  if (existing !== '') return existing;
  const base = slug(email.split('@')[0] ?? '') || slug(name);
  return base === '' ? '' : `${prefix}-${base}`;
}

/**
 * The plan object the form describes, laid over `base` (the stored plan when editing), so that
 * fields the form does not show (thresholds, PTO days, CRM identity, counting rules) are kept.
 */
export function planInputFromDraft(draft: PlanDraft, base?: Plan): Record<string, unknown> {
  const repId = personId(draft.repId, draft.repEmail, draft.repName, 'rep');
  const managerName = optionalText(draft.managerName);
  const everyWeeks = numberOf(draft.checkInEveryWeeks);
  const { label: _label, manager: _manager, checkInCadence: _cadence, ...kept } = base ?? {};
  return {
    ...kept,
    id: draft.id,
    title: draft.title,
    ...(optionalText(draft.label) ? { label: optionalText(draft.label) } : {}),
    rep: {
      ...(base?.rep ?? {}),
      id: repId,
      name: draft.repName,
      ...(optionalText(draft.repEmail) ? { email: optionalText(draft.repEmail) } : { email: undefined }),
    },
    ...(managerName
      ? {
          manager: {
            ...(base?.manager ?? {}),
            id: personId(draft.managerId, '', managerName, 'mgr'),
            name: managerName,
          },
        }
      : {}),
    timeZone: draft.timeZone.trim(),
    start: draft.start,
    end: draft.end,
    workdays: [...draft.workdays].sort((a, b) => a - b),
    holidays: draft.holidays
      .split(/[\s,]+/)
      .map((date) => date.trim())
      .filter((date) => date !== ''),
    workingHours: { start: draft.workStart, end: draft.workEnd },
    currency: draft.currency.trim().toUpperCase(),
    ...(everyWeeks === undefined
      ? {}
      : { checkInCadence: { everyWeeks, weekday: Number(draft.checkInWeekday) } }),
    targets: draft.targets.map((target) => ({
      id: target.id,
      metric: target.metric,
      ...(optionalText(target.label) ? { label: optionalText(target.label) } : {}),
      cadence: target.cadence,
      goal: numberOf(target.goal),
      // A plan-cadence target has one goal for its window: no period rule applies.
      rule: target.cadence === 'plan' ? { kind: 'each-period' } : ruleOf(target),
      ...(optionalText(target.until) ? { until: target.until } : {}),
      required: target.required,
    })),
  };
}
