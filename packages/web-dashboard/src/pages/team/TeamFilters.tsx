import { STATUSES, type Status } from '@onpace/core/pace';
import { STATUS_LOOK } from '@onpace/core/present';
import type { TeamView } from '../../model/team-table';

export interface TeamFiltersProps {
  readonly view: TeamView;
  readonly onChange: (view: TeamView) => void;
  readonly managers: readonly { id: string; name: string }[];
  readonly shown: number;
  readonly total: number;
}

export function TeamFilters({ view, onChange, managers, shown, total }: TeamFiltersProps) {
  return (
    <div className="filters" data-onpace="team-filters">
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select
          id="filter-status"
          data-onpace="filter-status"
          value={view.status}
          onChange={(event) => onChange({ ...view, status: event.currentTarget.value as Status | 'all' })}
        >
          <option value="all">All statuses</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LOOK[status].word}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-manager">Manager</label>
        <select
          id="filter-manager"
          data-onpace="filter-manager"
          value={view.managerId}
          onChange={(event) => onChange({ ...view, managerId: event.currentTarget.value })}
        >
          <option value="all">All managers</option>
          {managers.map((manager) => (
            <option key={manager.id} value={manager.id}>
              {manager.name}
            </option>
          ))}
        </select>
      </div>
      <p className="filter-count" aria-live="polite" data-onpace="team-count">
        {shown === total ? `${total} plans` : `${shown} of ${total} plans`}
      </p>
    </div>
  );
}
