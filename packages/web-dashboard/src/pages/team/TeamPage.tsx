import { useEffect, useMemo } from 'react';
import { markPainted, timed } from '../../app/timing';
import { useTeamHistory } from '../../app/useTeamHistory';
import type { Dataset } from '../../data/dataset';
import { teamRows } from '../../model/team-rows';
import { applyView, managersOf, type SortKey, type TeamView } from '../../model/team-table';
import { BrokenLedgers } from './BrokenLedgers';
import { TeamFilters } from './TeamFilters';
import { TeamTable } from './TeamTable';

export interface TeamPageProps {
  readonly dataset: Dataset;
  readonly asOf: string;
  readonly view: TeamView;
  readonly onViewChange: (view: TeamView) => void;
  readonly locale: string | undefined;
}

export function TeamPage({ dataset, asOf, view, onViewChange, locale }: TeamPageProps) {
  const rows = useMemo(() => timed('evaluate-team', () => teamRows(dataset, asOf)), [dataset, asOf]);
  const shown = useMemo(() => applyView(rows, view), [rows, view]);
  const managers = useMemo(() => managersOf(rows), [rows]);
  const history = useTeamHistory(dataset, asOf);

  useEffect(() => {
    if (dataset.plans.length > 0) markPainted('team-painted');
  }, [dataset]);

  const onSort = (key: SortKey) =>
    onViewChange({
      ...view,
      sort: key,
      direction: view.sort === key && view.direction === 'ascending' ? 'descending' : 'ascending',
    });

  if (dataset.plans.length === 0) {
    return (
      <section className="panel" aria-labelledby="team-heading">
        <h2 id="team-heading">Team</h2>
        <p className="empty-state" data-onpace="empty-state">
          No plans yet. Import a bundle file or connect the extension.
        </p>
        <BrokenLedgers broken={dataset.broken ?? []} />
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="team-heading">
      <h2 id="team-heading">Team</h2>
      <BrokenLedgers broken={dataset.broken ?? []} />
      <TeamFilters
        view={view}
        onChange={onViewChange}
        managers={managers}
        shown={shown.length}
        total={rows.length}
      />
      <TeamTable rows={shown} history={history} view={view} onSort={onSort} locale={locale} />
    </section>
  );
}
