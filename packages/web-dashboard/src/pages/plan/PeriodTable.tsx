import type { TargetEvaluation } from '@onpace/core/pace';
import { formatCount, formatShortDate, formatValue } from '@onpace/core/present';
import { StatusBadge } from '../../components/StatusBadge';

export interface PeriodTableProps {
  readonly evaluation: TargetEvaluation;
  readonly currency: string;
  readonly locale: string | undefined;
  readonly caption: string;
}

/** Every period of a target as core evaluated it: dates, business days, goal, actual, status. */
export function PeriodTable({ evaluation, currency, locale, caption }: PeriodTableProps) {
  const value = (amount: number) => formatValue(evaluation.metric, amount, currency, locale);
  return (
    <div className="table-scroll period-scroll">
      <table className="period-table" data-onpace="period-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Business days</th>
            <th scope="col">Goal</th>
            <th scope="col">Actual</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.periods.map((period) => (
            <tr key={period.start} data-status={period.status}>
              <th scope="row">
                {period.start === period.end
                  ? formatShortDate(period.start, locale)
                  : `${formatShortDate(period.start, locale)} – ${formatShortDate(period.end, locale)}`}
              </th>
              <td className="num">{formatCount(period.businessDays.total, locale)}</td>
              <td className="num">{value(period.goal)}</td>
              <td className="num">{value(period.actual)}</td>
              <td>
                <StatusBadge status={period.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
