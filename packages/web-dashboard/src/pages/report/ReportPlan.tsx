import { formatDate } from '@onpace/core/present';
import type { Plan } from '@onpace/core/schemas';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function dates(list: readonly string[], locale: string | undefined): string {
  return list.length === 0 ? 'none' : list.map((date) => formatDate(date, locale)).join('; ');
}

/** The plan as agreed: people, window, calendar. */
export function ReportPlan({
  plan,
  revision,
  locale,
}: {
  readonly plan: Plan;
  /** The record's revision number (how many times the plan was issued). */
  readonly revision: number;
  readonly locale: string | undefined;
}) {
  const rows: [string, string][] = [
    ['Rep', plan.rep.name],
    ['Manager', plan.manager?.name ?? 'not recorded'],
    ['Plan', `${plan.title}${plan.label ? ` (${plan.label})` : ''}, revision ${revision}`],
    ['Window', `${formatDate(plan.start, locale)} to ${formatDate(plan.end, locale)}`],
    ['Time zone', plan.timeZone],
    ['Workdays', plan.workdays.map((day) => WEEKDAYS[day - 1]).join(', ')],
    ['Working hours', `${plan.workingHours.start}–${plan.workingHours.end}`],
    ['Holidays', dates(plan.holidays, locale)],
    ['Time off', dates(plan.ptoDays, locale)],
    [
      'Check-ins',
      plan.checkInCadence
        ? `every ${plan.checkInCadence.everyWeeks === 1 ? 'week' : `${plan.checkInCadence.everyWeeks} weeks`} on ${WEEKDAYS[plan.checkInCadence.weekday - 1]}`
        : 'no schedule recorded',
    ],
  ];
  return (
    <section className="report-section" aria-labelledby="report-plan">
      <h3 id="report-plan">The plan</h3>
      <dl className="report-facts">
        {rows.map(([term, detail]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
