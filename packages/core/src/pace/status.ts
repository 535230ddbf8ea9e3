/** The status words of docs/pace.md, worst first. */
export const STATUSES = [
  'missed',
  'behind',
  'at-risk',
  'not-started',
  'on-track',
  'ahead',
  'achieved',
] as const;
export type Status = (typeof STATUSES)[number];

const SEVERITY: Record<Status, number> = {
  missed: 0,
  behind: 1,
  'at-risk': 2,
  'not-started': 3,
  'on-track': 4,
  ahead: 5,
  achieved: 6,
};

/** The worse of two statuses in docs/pace.md's order. */
export function worseStatus(a: Status, b: Status): Status {
  return SEVERITY[a] <= SEVERITY[b] ? a : b;
}

/** Sorts statuses worst first, for tables that put trouble at the top. */
export function compareStatus(a: Status, b: Status): number {
  return SEVERITY[a] - SEVERITY[b];
}
