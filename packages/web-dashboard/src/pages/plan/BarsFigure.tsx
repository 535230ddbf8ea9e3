import { type Bar, BarsChart, ChartFigure, Legend, weekLabels } from '@onpace/charts';
import { formatShortDate, formatValue } from '@onpace/core/present';
import type { TargetSeries } from '../../model/plan-series';

export interface BarsFigureProps {
  readonly series: TargetSeries;
  readonly asOf: string;
  readonly currency: string;
  readonly locale: string | undefined;
}

interface BarRow extends Bar {
  readonly label: string;
}

/** Weekly targets get a bar per week; daily and plan-cadence targets a bar per day. */
function barsOf(series: TargetSeries, asOf: string, locale: string | undefined): BarRow[] {
  const { target, evaluation, days } = series;
  if (target.cadence === 'weekly') {
    return evaluation.periods.map((period) => ({
      key: period.start,
      label: `${formatShortDate(period.start, locale)} – ${formatShortDate(period.end, locale)}`,
      value: period.start <= asOf ? period.actual : null,
      goal: period.goal,
      shaded: false,
    }));
  }
  // A plan-cadence goal has no daily goal of its own: the even share per business day stands in.
  const dayGoal =
    target.cadence === 'daily'
      ? target.goal
      : evaluation.goal / Math.max(1, evaluation.window.businessDays.total);
  return days.map((day) => ({
    key: day.date,
    label: formatShortDate(day.date, locale),
    value: day.value,
    goal: day.business ? dayGoal : null,
    shaded: !day.business,
  }));
}

export function BarsFigure({ series, asOf, currency, locale }: BarsFigureProps) {
  const bars = barsOf(series, asOf, locale);
  const value = (amount: number) => formatValue(series.target.metric, amount, currency, locale);
  const weekly = series.target.cadence === 'weekly';
  const reported = bars.filter((bar) => bar.value !== null);
  const met = reported.filter((bar) => bar.goal !== null && (bar.value ?? 0) >= bar.goal - 1e-9).length;
  const withGoal = reported.filter((bar) => bar.goal !== null).length;
  const unit = weekly ? 'weeks' : 'business days';
  const goalWord = series.target.cadence === 'plan' ? 'the even daily share of the goal' : 'the goal';
  return (
    <ChartFigure
      title={`${series.name}: ${weekly ? 'week by week' : 'day by day'}`}
      summary={`${series.name}: ${met} of ${withGoal} ${unit} so far at or above ${goalWord}.`}
      table={
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">{weekly ? 'Week' : 'Date'}</th>
              <th scope="col">Actual</th>
              <th scope="col">{series.target.cadence === 'plan' ? 'Even share' : 'Goal'}</th>
            </tr>
          </thead>
          <tbody>
            {reported.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td className="num">{value(bar.value ?? 0)}</td>
                <td className="num">{bar.goal === null ? 'non-working day' : value(bar.goal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(label) => (
        <>
          <BarsChart
            bars={bars}
            label={label}
            kind={weekly ? 'weekly' : 'daily'}
            formatValue={value}
            xLabels={(x) =>
              weekly
                ? bars
                    .map((bar, index) => ({ at: x(index), label: formatShortDate(bar.key, locale) }))
                    .filter((_, index) => bars.length <= 8 || index % 2 === 0)
                : weekLabels(
                    bars.map((bar) => bar.key),
                    x,
                    (date) => formatShortDate(date, locale),
                  )
            }
          />
          <Legend
            marks={
              weekly
                ? ['bar-met', 'bar-short', 'bar-goal']
                : ['bar-met', 'bar-short', 'bar-goal', 'non-working']
            }
          />
        </>
      )}
    </ChartFigure>
  );
}
