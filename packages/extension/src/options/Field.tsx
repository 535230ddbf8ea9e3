import type { ReactNode } from 'react';
import type { FieldProblem } from '../messaging/result';
import { FieldProblems, problemsAt } from '../pages/FieldProblems';

/** An id from a plan path (`targets[0].goal` → `targets-0-goal`). */
function pathId(path: string): string {
  return path.replace(/[^A-Za-z0-9]+/g, '-');
}

export interface FieldControl {
  /** The control's id, which the label names. */
  readonly id: string;
  readonly invalid: boolean;
  /** The id of the problem line describing the control. */
  readonly describedBy: string;
}

interface FieldProps {
  readonly label: string;
  /** The plan paths whose problems show beside this field; the first names it. */
  readonly paths: readonly [string, ...string[]];
  readonly problems: readonly FieldProblem[];
  readonly hint?: string;
  readonly children: (control: FieldControl) => ReactNode;
}

/** A labelled control with its own problems beside it (`data-field` names its plan path). */
export function Field({ label, paths, problems, hint, children }: FieldProps) {
  const mine = paths.flatMap((path) => problemsAt(problems, path));
  const id = `field-${pathId(paths[0])}`;
  const describedBy = `problem-${pathId(paths[0])}`;
  return (
    <div className="field" data-field={paths[0]}>
      <label htmlFor={id}>{label}</label>
      {children({ id, invalid: mine.length > 0, describedBy })}
      {hint && mine.length === 0 ? <span className="small muted">{hint}</span> : null}
      <FieldProblems id={describedBy} problems={mine} />
    </div>
  );
}
