import { formatShortDate, formatValue } from '@onpace/core/present';
import { metricName, type Plan } from '@onpace/core/schemas';
import type { RecordDay, RecordWeek } from '../../model/record';

export interface ReportRecordProps {
  readonly plan: Plan;
  readonly days: readonly RecordDay[];
  readonly weeks: readonly RecordWeek[];
  readonly metrics: readonly string[];
  readonly names: ReadonlyMap<string, string>;
  readonly locale: string | undefined;
}

/** The weekly and the daily record: what was counted, with dates; non-working days say so. */
export function ReportRecord({ plan, days, weeks, metrics, names, locale }: ReportRecordProps) {
  const value = (metric: string, amount: number) => formatValue(metric, amount, plan.currency, locale);
  return (
    <>
      <section className="report-section" aria-labelledby="report-weekly">
        <h3 id="report-weekly">Weekly record</h3>
        <table className="report-table compact" data-onpace="weekly-record">
          <thead>
            <tr>
              <th scope="col">Week</th>
              {plan.targets.map((target) => (
                <th key={target.id} scope="col">
                  {names.get(target.id) ?? target.id}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.start}>
                <th scope="row">
                  {formatShortDate(week.start, locale)} – {formatShortDate(week.end, locale)}
                </th>
                {plan.targets.map((target) => {
                  const figures = week.targets[target.id];
                  return (
                    <td key={target.id} className="num">
                      {figures ? value(target.metric, figures.actual) : '—'}
                      {figures?.goal !== null && figures?.goal !== undefined
                        ? ` of ${value(target.metric, figures.goal)}`
                        : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="report-section" aria-labelledby="report-daily">
        <h3 id="report-daily">Daily record</h3>
        <table className="report-table compact daily-record" data-onpace="daily-record">
          <thead>
            <tr>
              <th scope="col">Date</th>
              {metrics.map((metric) => (
                <th key={metric} scope="col" className="capitalized">
                  {metricName(metric)}
                </th>
              ))}
              <th scope="col">Day</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date} className={day.business ? undefined : 'non-working-row'}>
                <th scope="row">{formatShortDate(day.date, locale)}</th>
                {metrics.map((metric) => (
                  <td key={metric} className="num">
                    {value(metric, day.values[metric] ?? 0)}
                  </td>
                ))}
                <td>{day.business ? 'business day' : 'non-working'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
