import type { FieldProblem } from '../messaging/result';

/** The problems of one field, shown beside it and tied to it with `aria-describedby`. */
export function FieldProblems({
  id,
  problems,
}: {
  readonly id: string;
  readonly problems: readonly FieldProblem[];
}) {
  if (problems.length === 0) return null;
  return (
    <span id={id} className="field-problem" role="alert">
      {/* One field can hold several paths (a name and the id made from it): say each thing once. */}
      {[...new Set(problems.map((problem) => problem.message))].join('; ')}
    </span>
  );
}

/** A problem belongs to a field when its path is the field's path or inside it (`holidays[2]`). */
export function problemsAt<T extends FieldProblem>(problems: readonly T[], path: string): T[] {
  return problems.filter(
    (problem) =>
      problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`),
  );
}
