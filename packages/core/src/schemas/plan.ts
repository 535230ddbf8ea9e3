/** The plan and its targets, with every default that docs/pace.md gives. */
import { z } from 'zod';
import { isCivilDate, toDayNumber } from '../calendar/civil-date.js';
import { businessDaysBetween, planCalendar } from '../calendar/plan-calendar.js';
import { clockMinutes, isClockTime } from '../calendar/working-hours.js';
import { CountingDefinitions } from '../crm/definitions.js';
import { MetricId } from './metric.js';
import { planWindowTooLong } from './plan-window.js';
import { CivilDate, ClockTime, Email, Instant, IsoWeekday, RecordId, TimeZone } from './primitives.js';

export const Cadence = z.enum(['daily', 'weekly', 'plan']);
export type Cadence = z.infer<typeof Cadence>;

export const TargetRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('each-period') }),
  z.object({
    kind: z.literal('share-of-periods'),
    atLeast: z
      .number()
      .gt(0, { message: 'must be a share above 0 and at most 1' })
      .max(1, { message: 'must be a share above 0 and at most 1' }),
  }),
  z.object({ kind: z.literal('total') }),
]);
export type TargetRule = z.infer<typeof TargetRule>;

export const Target = z.object({
  id: RecordId,
  metric: MetricId,
  label: z.string().trim().min(1).max(120).optional(),
  cadence: Cadence,
  goal: z.number().finite().gt(0, { message: 'must be greater than 0' }),
  rule: TargetRule.default({ kind: 'each-period' }),
  /** Makes the target a milestone: its window is `plan.start .. until`. */
  until: CivilDate.optional(),
  required: z.boolean().default(true),
});
export type Target = z.infer<typeof Target>;
export type TargetInput = z.input<typeof Target>;

export const CrmIdentity = z.object({
  salesforceUserId: z.string().trim().min(1).optional(),
  hubspotOwnerId: z.string().trim().min(1).optional(),
  hubspotEmail: Email.optional(),
});
export type CrmIdentity = z.infer<typeof CrmIdentity>;

export const Person = z.object({
  id: RecordId,
  name: z.string().trim().min(1, { message: 'must not be empty' }).max(200),
  email: Email.optional(),
  crm: CrmIdentity.optional(),
});
export type Person = z.infer<typeof Person>;

export const Thresholds = z
  .object({
    ahead: z.number().finite().positive(),
    onTrack: z.number().finite().positive(),
    atRisk: z.number().finite().positive(),
  })
  .superRefine((value, ctx) => {
    if (!(value.ahead > value.onTrack)) {
      ctx.addIssue({ code: 'custom', path: ['ahead'], message: 'must be greater than onTrack' });
    }
    if (!(value.onTrack > value.atRisk)) {
      ctx.addIssue({ code: 'custom', path: ['onTrack'], message: 'must be greater than atRisk' });
    }
  });
export type Thresholds = z.infer<typeof Thresholds>;

export const DEFAULT_THRESHOLDS: Thresholds = { ahead: 1.1, onTrack: 0.95, atRisk: 0.8 };

export const CheckInCadence = z.object({
  everyWeeks: z.number().int().min(1).max(8),
  weekday: IsoWeekday,
});
export type CheckInCadence = z.infer<typeof CheckInCadence>;

export const PlanLifecycle = z.enum(['draft', 'active', 'completed', 'cancelled']);
export type PlanLifecycle = z.infer<typeof PlanLifecycle>;

const WorkingHours = z.object({ start: ClockTime, end: ClockTime }).superRefine((value, ctx) => {
  if (!isClockTime(value.start) || !isClockTime(value.end)) return;
  if (clockMinutes(value.end) <= clockMinutes(value.start)) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: `must be after start (${value.start})` });
  }
});

const Workdays = z
  .array(IsoWeekday)
  .min(1, { message: 'must name at least one working weekday' })
  .superRefine((days, ctx) => {
    if (new Set(days).size !== days.length)
      ctx.addIssue({ code: 'custom', message: 'must not repeat a weekday' });
  });

const PlanShape = z.object({
  id: RecordId,
  title: z.string().trim().min(1, { message: 'must not be empty' }).max(200),
  /** What the rep and manager call the plan ("Growth plan", "PIP"); never shown in discreet mode. */
  label: z.string().trim().min(1).max(60).optional(),
  rep: Person,
  manager: Person.optional(),
  timeZone: TimeZone,
  start: CivilDate,
  end: CivilDate,
  workdays: Workdays.default([1, 2, 3, 4, 5]),
  weekStartsOn: IsoWeekday.default(1),
  holidays: z.array(CivilDate).default([]),
  ptoDays: z.array(CivilDate).default([]),
  workingHours: WorkingHours.default({ start: '09:00', end: '17:00' }),
  thresholds: Thresholds.optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 currency code such as USD' })
    .default('USD'),
  targets: z.array(Target).min(1, { message: 'must hold at least one target' }),
  checkInCadence: CheckInCadence.optional(),
  status: PlanLifecycle.default('active'),
  /** Grows by one with each edit, so an import can tell the newer version of a plan. */
  revision: z.number().int().min(1).default(1),
  createdAt: Instant.optional(),
  updatedAt: Instant.optional(),
  /** What counts as a call, a connect… in this plan's CRM; absent means DEFAULT_COUNTING. */
  counting: CountingDefinitions.optional(),
  /**
   * Days before `start` whose activity a sync reads too, so the rep's baseline (and the
   * diagnosis, attainability and suggestions built on it) comes from the CRM. Absent: 90.
   */
  baselineDays: z
    .number()
    .int({ message: 'must be a whole number of days' })
    .min(0, { message: 'must be 0 to 365 days' })
    .max(365, { message: 'must be 0 to 365 days' })
    .optional(),
});

function checkTargetIds(plan: z.infer<typeof PlanShape>, ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  plan.targets.forEach((target, index) => {
    const earlier = seen.get(target.id);
    if (earlier !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['targets', index, 'id'],
        message: `duplicates the id of targets[${earlier}] ("${target.id}")`,
      });
    } else {
      seen.set(target.id, index);
    }
    if (target.cadence === 'plan' && target.rule?.kind !== 'each-period') {
      ctx.addIssue({
        code: 'custom',
        path: ['targets', index, 'rule'],
        message:
          'applies only to daily and weekly targets; a plan-cadence target has one goal for its window',
      });
    }
  });
}

/**
 * Zod runs refinements even when a field already failed, so the calendar checks run only on a
 * plan whose dates, hours and weekdays are each valid (their own issues are already reported).
 */
function calendarFieldsValid(plan: z.infer<typeof PlanShape>): boolean {
  const dates = [plan.start, plan.end, ...plan.holidays, ...plan.ptoDays];
  return (
    dates.every((date) => typeof date === 'string' && isCivilDate(date)) &&
    isClockTime(plan.workingHours.start) &&
    isClockTime(plan.workingHours.end) &&
    plan.workdays.every((day) => Number.isInteger(day) && day >= 1 && day <= 7) &&
    Number.isInteger(plan.weekStartsOn) &&
    plan.targets.every((target) => target.until === undefined || isCivilDate(target.until))
  );
}

export const Plan = PlanShape.superRefine((plan, ctx) => {
  checkTargetIds(plan, ctx);
  if (!calendarFieldsValid(plan)) return;
  const startDay = toDayNumber(plan.start);
  const endDay = toDayNumber(plan.end);
  if (endDay < startDay) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: `must be on or after start (${plan.start})` });
    return;
  }
  const tooLong = planWindowTooLong(plan.start, startDay, endDay);
  if (tooLong !== null) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: tooLong });
    return;
  }
  const calendar = planCalendar(plan);
  if (calendar.total === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `the window ${plan.start}..${plan.end} holds no business day (check workdays, holidays and ptoDays)`,
    });
  }
  plan.targets.forEach((target, index) => {
    if (target.until !== undefined) {
      const untilDay = toDayNumber(target.until);
      if (untilDay < startDay || untilDay > endDay) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', index, 'until'],
          message: `must fall inside the plan window ${plan.start}..${plan.end}`,
        });
      } else if (businessDaysBetween(calendar, 0, untilDay - startDay) === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', index, 'until'],
          message: `the milestone window ${plan.start}..${target.until} holds no business day`,
        });
      }
    }
  });
});
export type Plan = z.infer<typeof Plan>;
export type PlanInput = z.input<typeof Plan>;
