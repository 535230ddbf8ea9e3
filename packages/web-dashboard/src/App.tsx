import { useEffect, useState } from 'react';
import type { SourceRequest } from './app/sources';
import { useDashboardData } from './app/useDashboardData';
import { AsOfControl } from './components/AsOfControl';
import { ExtensionStatus } from './components/ExtensionStatus';
import { ImportControl } from './components/ImportControl';
import { SourcePicker } from './components/SourcePicker';
import type { OnPaceDashboardDb } from './data/db';
import type { PullResult } from './data/extension-bridge';
import { DEFAULT_VIEW, type TeamView } from './model/team-table';
import { PageFor, pageTitle } from './pages/PageFor';
import { routeHref } from './routing/route';
import { useHashRoute } from './routing/useHashRoute';

export interface AppProps {
  /** The dashboard's database; null where there is no IndexedDB (server rendering in tests). */
  readonly db: OnPaceDashboardDb | null;
  readonly request: SourceRequest;
  /** Today in the browser's zone, `YYYY-MM-DD`: the as-of for real data. */
  readonly today: string;
  /** Locale for figures and dates; the browser's when omitted. */
  readonly locale?: string;
  readonly pullExtension?: () => Promise<PullResult>;
}

export function App({ db, request, today, locale, pullExtension }: AppProps) {
  const data = useDashboardData({ db, request, today, ...(pullExtension ? { pullExtension } : {}) });
  const route = useHashRoute();
  const [view, setView] = useState<TeamView>(DEFAULT_VIEW);
  const title = pageTitle(route, data.dataset);

  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="app">
      <header className="app-header no-print">
        <div className="brand-line">
          <h1>
            <a href={routeHref({ page: 'team' })}>OnPace</a>
          </h1>
          <nav aria-label="Views">
            <a href={routeHref({ page: 'team' })} aria-current={route.page === 'team' ? 'page' : undefined}>
              Team
            </a>
            <a
              href={routeHref({ page: 'trends' })}
              aria-current={route.page === 'trends' ? 'page' : undefined}
            >
              Trends
            </a>
          </nav>
          <AsOfControl asOf={data.asOf} onChange={data.setAsOf} locale={locale} />
        </div>
        <section className="controls" aria-label="Data">
          <SourcePicker source={data.source} storedPlans={data.storedPlans} onChange={data.setSource} />
          <ImportControl onFiles={data.importFiles} messages={data.importMessages} busy={data.importing} />
          <ExtensionStatus state={data.extension} onPull={data.pull} />
        </section>
      </header>
      <main className="app-main">
        {data.dataset === null ? (
          <p className="loading">Loading plans…</p>
        ) : (
          <PageFor
            route={route}
            dataset={data.dataset}
            asOf={data.asOf}
            view={view}
            onViewChange={setView}
            locale={locale}
          />
        )}
      </main>
    </div>
  );
}
