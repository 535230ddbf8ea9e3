import type { PlanEvaluation } from '@onpace/core/pace';
import type { Plan } from '@onpace/core/schemas';
import { StatusBadge } from '../../components/StatusBadge';
import { formatCount, formatDate } from '../../model/format';

export interface PlanHeaderProps {
  readonly plan: Plan;
  readonly evaluation: PlanEvaluation;
  readonly locale: string | undefined;
}

/** Who, which plan, its window and where it stands, in one block. */
export function PlanHeader({ plan, evaluation, locale }: PlanHeaderProps) {
  const { elapsed, total } = evaluation.businessDays;
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
            {formatCount(Math.round(elapsed), locale)} of {formatCount(total, locale)}
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
