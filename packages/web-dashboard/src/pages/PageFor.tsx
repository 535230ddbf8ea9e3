import type { Dataset } from '../data/dataset';
import type { TeamView } from '../model/team-table';
import type { Route } from '../routing/route';
import { PlanPage } from './plan/PlanPage';
import { ReportPage } from './report/ReportPage';
import { TeamPage } from './team/TeamPage';
import { TrendsPage } from './trends/TrendsPage';

export interface PageForProps {
  readonly route: Route;
  readonly dataset: Dataset;
  readonly asOf: string;
  readonly view: TeamView;
  readonly onViewChange: (view: TeamView) => void;
  readonly locale: string | undefined;
}

export function pageTitle(route: Route, dataset: Dataset | null): string {
  const repName = (planId: string) => dataset?.plans.find((data) => data.plan.id === planId)?.plan.rep.name;
  switch (route.page) {
    case 'team':
      return 'OnPace — Team';
    case 'trends':
      return 'OnPace — Trends';
    case 'plan':
      return `OnPace — Plan of ${repName(route.planId) ?? 'an unknown rep'}`;
    case 'report':
      return `OnPace — Evidence report, ${repName(route.planId) ?? 'unknown plan'}`;
  }
}

/** The view the route names. A plan id the data does not hold gets a plain sentence, not a crash. */
export function PageFor({ route, dataset, asOf, view, onViewChange, locale }: PageForProps) {
  if (route.page === 'team') {
    return <TeamPage dataset={dataset} asOf={asOf} view={view} onViewChange={onViewChange} locale={locale} />;
  }
  if (route.page === 'trends') return <TrendsPage dataset={dataset} asOf={asOf} locale={locale} />;
  const data = dataset.plans.find((candidate) => candidate.plan.id === route.planId);
  if (!data) {
    return (
      <section className="panel">
        <h2>Plan not found</h2>
        <p>The data shown has no plan with the id “{route.planId}”.</p>
      </section>
    );
  }
  return route.page === 'plan' ? (
    <PlanPage data={data} team={dataset.plans} asOf={asOf} locale={locale} />
  ) : (
    <ReportPage data={data} asOf={asOf} locale={locale} />
  );
}
