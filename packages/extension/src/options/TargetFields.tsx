import type { LintFinding, TargetAttainability } from '@onpace/core/diagnosis';
import { METRIC_GROUPS, metricName } from '@onpace/core/schemas';
import type { FieldProblem } from '../messaging/result';
import { AttainabilityNote } from './AttainabilityNote';
import { Field } from './Field';
import type { TargetDraft } from './plan-draft';
import { VerdictBadge } from './VerdictBadge';

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface TargetFieldsProps {
  readonly index: number;
  readonly target: TargetDraft;
  readonly problems: readonly FieldProblem[];
  /** How attainable the target is for the rep (absent while it is incomplete or being assessed). */
  readonly attainability?: TargetAttainability | undefined;
  readonly findings?: readonly LintFinding[];
  readonly onChange: (change: Partial<TargetDraft>) => void;
  readonly onRemove: () => void;
}

/** One target of the plan form; its fields are keyed `targets[i].…` like core's problems. */
export function TargetFields({
  index,
  target,
  problems,
  attainability,
  findings = [],
  onChange,
  onRemove,
}: TargetFieldsProps) {
  const at = (field: string) => `targets[${index}].${field}`;
  return (
    <fieldset className="target-fields" data-target-index={index}>
      <legend>
        Target {index + 1}
        {attainability ? (
          <>
            {' '}
            <VerdictBadge attainability={attainability} />
          </>
        ) : null}
      </legend>
      {attainability ? (
        <AttainabilityNote
          attainability={attainability}
          goal={Number(target.goal)}
          onUseGoal={(goal) => onChange({ goal: String(goal) })}
        />
      ) : null}
      <div className="grid">
        <Field label="Metric" paths={[at('metric')]} problems={problems} findings={findings}>
          {({ id, invalid, describedBy }) => (
            <select
              id={id}
              value={target.metric}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => onChange({ metric: event.target.value })}
            >
              {METRIC_GROUPS.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.metrics.map((metric) => (
                    <option key={metric} value={metric}>
                      {capitalized(metricName(metric))}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field label="Cadence" paths={[at('cadence')]} problems={problems} findings={findings}>
          {({ id, invalid, describedBy }) => (
            <select
              id={id}
              value={target.cadence}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => onChange({ cadence: event.target.value as TargetDraft['cadence'] })}
            >
              <option value="daily">each day</option>
              <option value="weekly">each week</option>
              <option value="plan">over the plan</option>
            </select>
          )}
        </Field>
        <Field label="Goal" paths={[at('goal')]} problems={problems} findings={findings}>
          {({ id, invalid, describedBy }) => (
            <input
              id={id}
              type="text"
              inputMode="decimal"
              value={target.goal}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => onChange({ goal: event.target.value })}
            />
          )}
        </Field>
        <Field label="Label (optional)" paths={[at('label')]} problems={problems} findings={findings}>
          {({ id, invalid, describedBy }) => (
            <input
              id={id}
              type="text"
              value={target.label}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => onChange({ label: event.target.value })}
            />
          )}
        </Field>
        {target.cadence === 'plan' ? null : (
          <Field
            label="Goal must be met"
            paths={[at('rule')]}
            problems={problems.filter((problem) => problem.path !== at('rule.atLeast'))}
            findings={findings}
          >
            {({ id, invalid, describedBy }) => (
              <select
                id={id}
                value={target.rule}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(event) => onChange({ rule: event.target.value as TargetDraft['rule'] })}
              >
                <option value="each-period">every period</option>
                <option value="share-of-periods">in a share of periods</option>
                <option value="total">in total</option>
              </select>
            )}
          </Field>
        )}
        {target.rule === 'share-of-periods' && target.cadence !== 'plan' ? (
          <Field
            label="Share of periods (0–1)"
            paths={[at('rule.atLeast')]}
            problems={problems}
            findings={findings}
          >
            {({ id, invalid, describedBy }) => (
              <input
                id={id}
                type="text"
                inputMode="decimal"
                value={target.atLeast}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(event) => onChange({ atLeast: event.target.value })}
              />
            )}
          </Field>
        ) : null}
        <Field
          label="Milestone date (optional)"
          paths={[at('until')]}
          problems={problems}
          findings={findings}
        >
          {({ id, invalid, describedBy }) => (
            <input
              id={id}
              type="date"
              value={target.until}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => onChange({ until: event.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="row spread">
        <label className="row small">
          <input
            type="checkbox"
            checked={target.required}
            onChange={(event) => onChange({ required: event.target.checked })}
          />
          Required (counts toward the plan’s status)
        </label>
        <button type="button" className="link" onClick={onRemove}>
          Remove target
        </button>
      </div>
    </fieldset>
  );
}
