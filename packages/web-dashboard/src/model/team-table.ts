/**
 * Filtering and sorting the team table. The default order puts trouble first, in core's status
 * order (missed, behind, at-risk, …), then the lowest pace, then the rep's name.
 */
import { compareStatus, type Status } from '@onpace/core/pace';
import type { TeamRow } from './team-rows';

export const SORT_KEYS = [
  'rep',
  'plan',
  'manager',
  'day',
  'status',
  'targets',
  'pace',
  'nextCheckIn',
  'lastNote',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface TeamView {
  readonly status: Status | 'all';
  readonly managerId: string | 'all';
  readonly sort: SortKey;
  readonly direction: SortDirection;
}

export const DEFAULT_VIEW: TeamView = {
  status: 'all',
  managerId: 'all',
  sort: 'status',
  direction: 'ascending',
};

const text = (a: string | null, b: string | null) => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
};

/** Nulls (no pace yet, no check-in planned) sort last in either direction. */
const numberOrNull = (a: number | null, b: number | null) => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
};

/** Targets met or on pace, as a share, so plans with different target counts compare. */
function shareOnPace(row: TeamRow): number {
  if (row.targets.length === 0) return 0;
  const good = row.targets.filter((target) => compareStatus(target.status, 'on-track') >= 0).length;
  return good / row.targets.length;
}

const COMPARE: Record<SortKey, (a: TeamRow, b: TeamRow) => number> = {
  rep: (a, b) => a.repName.localeCompare(b.repName),
  plan: (a, b) => a.title.localeCompare(b.title),
  manager: (a, b) => text(a.managerName, b.managerName),
  day: (a, b) => a.dayElapsed / Math.max(1, a.dayTotal) - b.dayElapsed / Math.max(1, b.dayTotal),
  status: (a, b) => compareStatus(a.status, b.status) || numberOrNull(a.paceRatio, b.paceRatio),
  targets: (a, b) => shareOnPace(a) - shareOnPace(b),
  pace: (a, b) => numberOrNull(a.paceRatio, b.paceRatio),
  nextCheckIn: (a, b) => text(a.nextCheckIn, b.nextCheckIn),
  lastNote: (a, b) => text(a.lastNote?.at ?? null, b.lastNote?.at ?? null),
};

const NULL_LAST: ReadonlySet<SortKey> = new Set(['manager', 'pace', 'nextCheckIn', 'lastNote']);

function isNull(row: TeamRow, key: SortKey): boolean {
  if (key === 'manager') return row.managerName === null;
  if (key === 'pace') return row.paceRatio === null;
  if (key === 'nextCheckIn') return row.nextCheckIn === null;
  if (key === 'lastNote') return row.lastNote === null;
  return false;
}

export function applyView(rows: readonly TeamRow[], view: TeamView): TeamRow[] {
  const kept = rows.filter(
    (row) =>
      (view.status === 'all' || row.status === view.status) &&
      (view.managerId === 'all' || row.managerId === view.managerId),
  );
  const compare = COMPARE[view.sort];
  const sign = view.direction === 'ascending' ? 1 : -1;
  return kept.sort((a, b) => {
    if (NULL_LAST.has(view.sort)) {
      const nullA = isNull(a, view.sort);
      const nullB = isNull(b, view.sort);
      if (nullA !== nullB) return nullA ? 1 : -1;
    }
    return sign * compare(a, b) || a.repName.localeCompare(b.repName) || a.planId.localeCompare(b.planId);
  });
}

export function managersOf(rows: readonly TeamRow[]): { id: string; name: string }[] {
  const managers = new Map<string, string>();
  for (const row of rows)
    if (row.managerId !== null) managers.set(row.managerId, row.managerName ?? row.managerId);
  return [...managers].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
