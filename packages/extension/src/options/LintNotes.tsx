import type { LintFinding } from '@onpace/core/diagnosis';

const SEVERITY_WORDS = { error: 'Needed', warning: 'Advice', info: 'Note' } as const;

/**
 * Plan lint findings beside their field: quiet advice while the plan is being written, each with
 * its severity as a word (never colour alone) and its code in `data-lint-code` for tests.
 */
export function LintNotes({
  id,
  findings,
}: {
  readonly id: string;
  readonly findings: readonly LintFinding[];
}) {
  if (findings.length === 0) return null;
  return (
    <span id={id} className="lint-notes">
      {findings.map((finding) => (
        <span
          key={`${finding.code}:${finding.path}`}
          className={`lint-note lint-${finding.severity}`}
          data-lint-code={finding.code}
        >
          <span className="lint-severity">{SEVERITY_WORDS[finding.severity]}:</span> {finding.message}
        </span>
      ))}
    </span>
  );
}
