import { useMemo } from 'react';
import type { PlanData } from '../../data/dataset';
import { endOfDayMs } from '../../model/as-of';
import { planSeries } from '../../model/plan-series';
import { planTimeline } from '../../model/timeline';
import { routeHref } from '../../routing/route';
import { AttainabilitySection } from './AttainabilitySection';
import { LeadDeepDiveSection } from './LeadDeepDiveSection';
import { PlanHeader } from './PlanHeader';
import { PlanRecord } from './PlanRecord';
import { PrivateNotes } from './PrivateNotes';
import { TargetSection } from './TargetSection';
import { Timeline } from './Timeline';

export interface PlanPageProps {
  readonly data: PlanData;
  /** Every plan of the dataset: the other reps are the team the attainability compares with. */
  readonly team?: readonly PlanData[];
  readonly asOf: string;
  readonly locale: string | undefined;
}

export function PlanPage({ data, team = [], asOf, locale }: PlanPageProps) {
  const series = useMemo(() => planSeries(data, asOf), [data, asOf]);
  const entries = useMemo(() => planTimeline(data, asOf), [data, asOf]);
  return (
    <article
      className="plan-page"
      data-plan-id={data.plan.id}
      data-status={series.evaluation.status}
      data-lifecycle={data.ledger.lifecycle}
    >
      <section className="panel plan-head">
        <PlanHeader plan={data.plan} evaluation={series.evaluation} locale={locale} />
        <p className="plan-links">
          <a href={routeHref({ page: 'team' })}>Back to the team</a> ·{' '}
          <a href={routeHref({ page: 'report', planId: data.plan.id })}>Evidence report</a>
        </p>
      </section>
      <PlanRecord
        plan={data.plan}
        ledger={data.ledger}
        until={endOfDayMs(asOf, data.plan.timeZone)}
        locale={locale}
      />
      <AttainabilitySection data={data} team={team} asOf={asOf} locale={locale} />
      <LeadDeepDiveSection data={data} locale={locale} />
      {series.targets.map((target) => (
        <TargetSection key={target.target.id} plan={data.plan} series={target} asOf={asOf} locale={locale} />
      ))}
      <section className="panel" aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">Timeline</h3>
        <Timeline plan={data.plan} entries={entries} asOf={asOf} locale={locale} />
      </section>
      <PrivateNotes plan={data.plan} notes={data.privateNotes} asOf={asOf} locale={locale} />
    </article>
  );
}
