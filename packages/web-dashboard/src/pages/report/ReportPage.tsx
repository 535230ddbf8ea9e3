import { formatDate } from '@onpace/core/present';
import { useMemo } from 'react';
import type { PlanData } from '../../data/dataset';
import { endOfDayMs } from '../../model/as-of';
import { attainabilityAtStart } from '../../model/attainability';
import { countSources } from '../../model/count-sources';
import { planSeries } from '../../model/plan-series';
import { dailyRecord, metricsOf, weeklyRecord } from '../../model/record';
import { routeHref } from '../../routing/route';
import { BurnUpFigure } from '../plan/BurnUpFigure';
import { PaperControls } from './PaperControls';
import { ReportAttainability } from './ReportAttainability';
import { ReportLedger } from './ReportLedger';
import { ReportPlan } from './ReportPlan';
import { ReportRecord } from './ReportRecord';
import { ReportTargets } from './ReportTargets';

export interface ReportPageProps {
  readonly data: PlanData;
  readonly asOf: string;
  readonly locale: string | undefined;
}

/**
 * The evidence report: a printable record that rep and manager can both rely on, so it holds
 * facts with dates only (no advice, no forecasts beyond core's projection on the charts and the
 * chance each target had when the plan was set).
 */
export function ReportPage({ data, asOf, locale }: ReportPageProps) {
  const { plan } = data;
  const series = useMemo(() => planSeries(data, asOf), [data, asOf]);
  const days = useMemo(() => dailyRecord(data, asOf), [data, asOf]);
  const weeks = useMemo(() => weeklyRecord(data, series.evaluation, days), [data, series, days]);
  const attainability = useMemo(() => attainabilityAtStart(data), [data]);
  const names = new Map(series.targets.map((target) => [target.target.id, target.name]));
  const until = endOfDayMs(asOf, plan.timeZone);
  const sources = useMemo(() => countSources(data, asOf), [data, asOf]);

  return (
    <article className="report" data-onpace="evidence-report" data-plan-id={plan.id}>
      <div className="report-tools no-print">
        <a href={routeHref({ page: 'plan', planId: plan.id })}>Back to the plan</a>
        <PaperControls locale={locale} />
      </div>
      <header className="report-head">
        <h2>Evidence report: {plan.rep.name}</h2>
        <p>
          Figures as of the end of {formatDate(asOf, locale)} in {plan.timeZone}. Every figure is counted by
          OnPace from the plan's recorded activity.
        </p>
      </header>
      <ReportPlan plan={plan} revision={data.ledger.revision} locale={locale} />
      <ReportTargets plan={plan} evaluation={series.evaluation} names={names} asOf={asOf} locale={locale} />
      <ReportAttainability entries={attainability} names={names} start={plan.start} locale={locale} />
      <ReportLedger
        plan={plan}
        ledger={data.ledger}
        until={until}
        sources={sources}
        countedFrom={data.countedFrom}
        locale={locale}
      />
      <section className="report-section report-charts" aria-labelledby="report-charts">
        <h3 id="report-charts">Progress by target</h3>
        {series.targets.map((target) => (
          <BurnUpFigure key={target.target.id} series={target} currency={plan.currency} locale={locale} />
        ))}
      </section>
      <ReportRecord
        plan={plan}
        days={days}
        weeks={weeks}
        metrics={metricsOf(data)}
        names={names}
        locale={locale}
      />
    </article>
  );
}
