/** One thing wrong with an input: the field, by path, and what is wrong with it. */
export interface FieldProblem {
  /** `targets[0].goal`, or `(root)` for the value itself. */
  readonly path: string;
  readonly message: string;
}
