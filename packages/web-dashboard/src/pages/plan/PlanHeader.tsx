import { businessDayOf, type PlanEvaluation } from '@onpace/core/pace';
import { formatCount, formatDate } from '@onpace/core/present';
import type { Plan } from '@onpace/core/schemas';
import { StatusBadge } from '../../components/StatusBadge';

export interface PlanHeaderProps {
  readonly plan: Plan;
  readonly evaluation: PlanEvaluation;
  readonly locale: string | undefined;
}

/** Who, which plan, its window and where it stands, in one block. */
export function PlanHeader({ plan, evaluation, locale }: PlanHeaderProps) {
  // Core's rule, as the popup and the overlay show it: a weekend stays on the last business day.
  const { day, total } = businessDayOf(plan, evaluation.date);
  return (
    <>
      <div className="plan-title">
        <h2>
          {plan.rep.name}
          <span className="plan-name">
            {plan.title}
            {plan.label ? ` · ${plan.label}` : ''}
          </span>
        </h2>
        <StatusBadge status={evaluation.status} />
      </div>
      <dl className="plan-facts">
        <div>
          <dt>Window</dt>
          <dd>
            {formatDate(plan.start, locale)} – {formatDate(plan.end, locale)}
          </dd>
        </div>
        <div>
          <dt>Business day</dt>
          <dd>
            {formatCount(day, locale)} of {formatCount(total, locale)}
          </dd>
        </div>
        <div>
          <dt>Manager</dt>
          <dd>{plan.manager?.name ?? '—'}</dd>
        </div>
        <div>
          <dt>Time zone</dt>
          <dd>{plan.timeZone}</dd>
        </div>
      </dl>
    </>
  );
}
