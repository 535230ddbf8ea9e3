import type { LintFinding } from '@onpace/core/diagnosis';
import type { ReactNode } from 'react';
import type { FieldProblem } from '../messaging/result';
import { FieldProblems, problemsAt } from '../pages/FieldProblems';
import { LintNotes } from './LintNotes';

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
  /** Plan lint findings (advice, not save errors) shown beside the field under its paths. */
  readonly findings?: readonly LintFinding[];
  readonly children: (control: FieldControl) => ReactNode;
}

/** A labelled control with its own problems beside it (`data-field` names its plan path). */
export function Field({ label, paths, problems, hint, findings = [], children }: FieldProps) {
  const mine = paths.flatMap((path) => problemsAt(problems, path));
  // A save problem on the field already says what is wrong: the lint would repeat it.
  const notes = mine.length > 0 ? [] : paths.flatMap((path) => problemsAt(findings, path));
  const id = `field-${pathId(paths[0])}`;
  const describedBy = `problem-${pathId(paths[0])}`;
  return (
    <div className="field" data-field={paths[0]}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        invalid: mine.length > 0,
        describedBy: notes.length > 0 ? `${describedBy} lint-${pathId(paths[0])}` : describedBy,
      })}
      {hint && mine.length === 0 ? <span className="small muted">{hint}</span> : null}
      <FieldProblems id={describedBy} problems={mine} />
      <LintNotes id={`lint-${pathId(paths[0])}`} findings={notes} />
    </div>
  );
}
