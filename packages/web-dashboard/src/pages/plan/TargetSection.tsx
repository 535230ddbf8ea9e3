import { formatRatio, formatValue } from '@onpace/core/present';
import type { Plan } from '@onpace/core/schemas';
import { StatusBadge } from '../../components/StatusBadge';
import type { TargetSeries } from '../../model/plan-series';
import { agreedText, nextActionText, periodsText } from '../../model/target-text';
import { BarsFigure } from './BarsFigure';
import { BurnUpFigure } from './BurnUpFigure';
import { PeriodTable } from './PeriodTable';

export interface TargetSectionProps {
  readonly plan: Plan;
  readonly series: TargetSeries;
  readonly asOf: string;
  readonly locale: string | undefined;
}

export function TargetSection({ plan, series, asOf, locale }: TargetSectionProps) {
  const { target, evaluation } = series;
  const value = (amount: number) => formatValue(target.metric, amount, plan.currency, locale);
  const periods = periodsText(evaluation, locale);
  return (
    <section
      className="panel target-section"
      data-target-id={target.id}
      data-status={evaluation.status}
      aria-labelledby={`target-${target.id}`}
    >
      <header className="target-head">
        <h3 id={`target-${target.id}`}>{series.name}</h3>
        <StatusBadge status={evaluation.status} />
        <p className="agreed">{agreedText(target, plan.currency, locale)}</p>
      </header>
      <dl className="figures" data-onpace="target-figures">
        <div>
          <dt>Actual</dt>
          <dd data-onpace="actual">{value(evaluation.actual)}</dd>
        </div>
        <div>
          <dt>Expected by now</dt>
          <dd>{value(evaluation.expected)}</dd>
        </div>
        <div>
          <dt>Goal</dt>
          <dd>{value(evaluation.goal)}</dd>
        </div>
        <div>
          <dt>Pace</dt>
          <dd>{formatRatio(evaluation.paceRatio, locale)}</dd>
        </div>
        <div>
          <dt>Projected</dt>
          <dd>{evaluation.projected === null ? '—' : value(evaluation.projected)}</dd>
        </div>
      </dl>
      <p className="next-action">
        {nextActionText(target, evaluation, plan.currency, locale)} {periods}
      </p>
      <div className="target-charts">
        <BurnUpFigure series={series} currency={plan.currency} locale={locale} />
        <BarsFigure series={series} asOf={asOf} currency={plan.currency} locale={locale} />
      </div>
      <details className="periods" open={target.cadence === 'weekly'}>
        <summary>Periods ({evaluation.periods.length})</summary>
        <PeriodTable
          evaluation={evaluation}
          currency={plan.currency}
          locale={locale}
          caption={`${series.name}: periods`}
        />
      </details>
    </section>
  );
}
