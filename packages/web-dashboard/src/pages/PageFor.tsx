import { lazy, Suspense } from 'react';
import type { Dataset } from '../data/dataset';
import type { TeamView } from '../model/team-table';
import type { Route } from '../routing/route';
import { TeamPage } from './team/TeamPage';

// The team view is what opens first: the other views (and their charts) load when asked for,
// so the first screen does not wait for the browser to compile code it does not run.
const PlanPage = lazy(() => import('./plan/PlanPage').then((module) => ({ default: module.PlanPage })));
const ReportPage = lazy(() =>
  import('./report/ReportPage').then((module) => ({ default: module.ReportPage })),
);
const TrendsPage = lazy(() =>
  import('./trends/TrendsPage').then((module) => ({ default: module.TrendsPage })),
);

function Loading() {
  return <p className="loading">Loading the view…</p>;
}

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
export function PageFor(props: PageForProps) {
  return props.route.page === 'team' ? (
    <PageOf {...props} />
  ) : (
    <Suspense fallback={<Loading />}>
      <PageOf {...props} />
    </Suspense>
  );
}

function PageOf({ route, dataset, asOf, view, onViewChange, locale }: PageForProps) {
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
