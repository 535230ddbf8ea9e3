import { ChartFigure, Legend } from '@onpace/charts';
import { formatDate, formatShortDate, formatValue } from '@onpace/core/present';
import { BurnUpChart } from '../../charts/BurnUpChart';
import type { TargetSeries } from '../../model/plan-series';

export interface BurnUpFigureProps {
  readonly series: TargetSeries;
  readonly currency: string;
  readonly locale: string | undefined;
  readonly tableOpen?: boolean;
}

export function BurnUpFigure({ series, currency, locale, tableOpen }: BurnUpFigureProps) {
  const { evaluation, days, asOfIndex, name, target } = series;
  const value = (amount: number) => formatValue(target.metric, amount, currency, locale);
  const asOfDay = days[asOfIndex];
  const summary =
    asOfDay === undefined
      ? `${name}: the window starts ${formatDate(evaluation.window.start, locale)}; goal ${value(evaluation.goal)}.`
      : `${name}: ${value(asOfDay.actual ?? 0)} by ${formatDate(asOfDay.date, locale)} against ${value(asOfDay.expected)} expected on pace; goal ${value(evaluation.goal)} by ${formatDate(evaluation.window.end, locale)}` +
        (evaluation.projected === null ? '.' : `; projected ${value(evaluation.projected)}.`);
  const past = days.slice(0, asOfIndex + 1);
  return (
    <ChartFigure
      title={`${name}: cumulative, against the pace line and the goal`}
      summary={summary}
      tableOpen={tableOpen}
      table={
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Actual so far</th>
              <th scope="col">Pace line</th>
              <th scope="col">Business day</th>
            </tr>
          </thead>
          <tbody>
            {past.map((day) => (
              <tr key={day.date}>
                <th scope="row">{formatShortDate(day.date, locale)}</th>
                <td className="num">{value(day.actual ?? 0)}</td>
                <td className="num">{value(day.expected)}</td>
                <td>{day.business ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(label) => (
        <>
          <BurnUpChart
            days={days}
            goal={evaluation.goal}
            projected={evaluation.projected}
            asOfIndex={asOfIndex}
            label={label}
            formatValue={value}
            formatDate={(date) => formatShortDate(date, locale)}
          />
          <Legend marks={['actual', 'pace', 'goal', 'projection', 'non-working']} />
        </>
      )}
    </ChartFigure>
  );
}
