import type { PlanEvaluation } from '@onpace/core/pace';
import { formatCount, formatDate, formatValue } from '@onpace/core/present';
import type { Plan } from '@onpace/core/schemas';
import { StatusBadge } from '../../components/StatusBadge';
import { agreedText } from '../../model/target-text';

export interface ReportTargetsProps {
  readonly plan: Plan;
  readonly evaluation: PlanEvaluation;
  readonly names: ReadonlyMap<string, string>;
  readonly asOf: string;
  readonly locale: string | undefined;
}

/** Each target as agreed, then where it stood at the as-of date (the outcome once the plan ended). */
export function ReportTargets({ plan, evaluation, names, asOf, locale }: ReportTargetsProps) {
  const ended = asOf >= plan.end;
  return (
    <section className="report-section" aria-labelledby="report-targets">
      <h3 id="report-targets">
        {ended ? 'Targets and outcome' : `Targets and status on ${formatDate(asOf, locale)}`}
      </h3>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">As agreed</th>
            <th scope="col">Actual</th>
            <th scope="col">Goal to the end</th>
            <th scope="col">Periods met</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {plan.targets.map((target, index) => {
            const figures = evaluation.targets[index];
            if (!figures) return null;
            return (
              <tr key={target.id} data-target-id={target.id} data-status={figures.status}>
                <th scope="row">{names.get(target.id) ?? target.id}</th>
                <td>{agreedText(target, plan.currency, locale)}</td>
                <td className="num">{formatValue(target.metric, figures.actual, plan.currency, locale)}</td>
                <td className="num">{formatValue(target.metric, figures.goal, plan.currency, locale)}</td>
                <td className="num">
                  {figures.periodsNeeded === null || target.cadence === 'plan'
                    ? '—'
                    : `${formatCount(figures.periodsMet, locale)} of ${formatCount(figures.periodsNeeded, locale)} needed`}
                </td>
                <td>
                  <StatusBadge status={figures.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              Plan
            </th>
            <td>
              <StatusBadge status={evaluation.status} />
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
