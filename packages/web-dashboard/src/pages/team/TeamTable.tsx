import type { RatioHistory } from '../../app/useTeamHistory';
import type { TeamRow } from '../../model/team-rows';
import type { SortKey, TeamView } from '../../model/team-table';
import { TeamRowView } from './TeamRowView';

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'rep', label: 'Rep' },
  { key: 'plan', label: 'Plan' },
  { key: 'manager', label: 'Manager' },
  { key: 'day', label: 'Day' },
  { key: 'status', label: 'Status' },
  { key: 'targets', label: 'Targets' },
  { key: 'pace', label: 'Pace' },
  { key: 'nextCheckIn', label: 'Next check-in' },
  { key: 'lastNote', label: 'Last note' },
];

export interface TeamTableProps {
  readonly rows: readonly TeamRow[];
  readonly history: RatioHistory;
  readonly view: TeamView;
  readonly onSort: (key: SortKey) => void;
  readonly locale: string | undefined;
}

/** The dense, sortable team table (docs/ux.md "The dashboard"): every header is a sort button. */
export function TeamTable({ rows, history, view, onSort, locale }: TeamTableProps) {
  return (
    <div className="table-scroll">
      <table className="team-table" data-onpace="team-table">
        <caption className="visually-hidden">
          Plans of the team, sorted by {COLUMNS.find((column) => column.key === view.sort)?.label} (
          {view.direction})
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`col-${column.key}`}
                aria-sort={view.sort === column.key ? view.direction : undefined}
              >
                <button
                  type="button"
                  className="sort-button"
                  data-sort={column.key}
                  onClick={() => onSort(column.key)}
                >
                  {column.label}
                  <span className="sort-mark" aria-hidden="true">
                    {view.sort === column.key ? (view.direction === 'ascending' ? '↑' : '↓') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <TeamRowView key={row.planId} row={row} ratios={history.get(row.planId)} locale={locale} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
