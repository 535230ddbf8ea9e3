import type { TargetSuggestion } from '@onpace/core/diagnosis';
import type { Plan } from '@onpace/core/schemas';
import { useMemo, useState } from 'react';
import type { Failure, FieldProblem } from '../messaging/result';
import { request } from '../pages/client';
import { FieldProblems, problemsAt } from '../pages/FieldProblems';
import { AssessmentPanel } from './AssessmentPanel';
import { Field } from './Field';
import { LintNotes } from './LintNotes';
import {
  applySuggestion,
  newTargetDraft,
  type PlanDraft,
  planInputFromDraft,
  type TargetDraft,
} from './plan-draft';
import { TargetFields } from './TargetFields';
import { useAssessment } from './use-assessment';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Plan paths that have a field of their own; problems elsewhere are listed above the form. */
const PLACED = [
  'id',
  'title',
  'label',
  'rep',
  'manager',
  'timeZone',
  'start',
  'end',
  'workdays',
  'holidays',
  'workingHours',
  'currency',
  'checkInCadence',
  'targets',
];

function unplaced(problems: readonly FieldProblem[]): FieldProblem[] {
  return problems.filter((problem) => !PLACED.some((path) => problemsAt([problem], path).length > 0));
}

const TIME_ZONES: readonly string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

interface PlanFormProps {
  readonly initial: PlanDraft;
  /** The stored plan when editing; its fields the form does not show are kept. */
  readonly base: Plan | null;
  readonly onSaved: (plan: Plan) => void;
  readonly onCancel: () => void;
}

/** "Target 2 (Calls a day)": how the warning names a target. */
function targetName(targets: readonly TargetDraft[], targetId: string): string {
  const index = targets.findIndex((target) => target.id === targetId);
  const label = targets[index]?.label.trim();
  return `Target ${index + 1}${label ? ` (${label})` : ''}`;
}

export function PlanForm({ initial, base, onSaved, onCancel }: PlanFormProps) {
  const [draft, setDraft] = useState<PlanDraft>(initial);
  const [failure, setFailure] = useState<Failure | null>(null);
  const problems = failure?.problems ?? [];
  const set = (change: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...change }));
  const setTarget = (index: number, change: Partial<TargetDraft>) =>
    set({
      targets: draft.targets.map((target, position) =>
        position === index ? { ...target, ...change } : target,
      ),
    });
  const planInput = useMemo(() => planInputFromDraft(draft, base ?? undefined), [draft, base]);
  const assessment = useAssessment(planInput);
  const ready = assessment.kind === 'ready' ? assessment.assessment : null;
  const findings = ready?.lint ?? [];
  const applied = (suggestion: TargetSuggestion) =>
    set({ targets: applySuggestion(draft.targets, suggestion) });
  const [confirming, setConfirming] = useState(false);
  const unrealistic = (ready?.attainability ?? []).filter((entry) => entry.verdict === 'unrealistic');

  /** A plan with an unrealistic target is saved only once its author has seen the chance and confirmed. */
  function submit() {
    if (unrealistic.length > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    void save();
  }

  async function save() {
    const response = await request({
      type: 'plans/save',
      mode: base ? 'update' : 'create',
      plan: planInputFromDraft(draft, base ?? undefined),
    });
    if (!response.ok) {
      setFailure(response);
      return;
    }
    setFailure(null);
    onSaved(response.plan);
  }

  const text = (
    label: string,
    key: keyof PlanDraft,
    paths: readonly [string, ...string[]],
    extra: { hint?: string; type?: string; list?: string } = {},
  ) => (
    <Field
      label={label}
      paths={paths}
      problems={problems}
      findings={findings}
      {...(extra.hint ? { hint: extra.hint } : {})}
    >
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          type={extra.type ?? 'text'}
          list={extra.list}
          value={String(draft[key])}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => set({ [key]: event.target.value })}
        />
      )}
    </Field>
  );

  const others = unplaced(problems);
  return (
    <form
      className="plan-form stack"
      aria-label={base ? `Edit ${base.title}` : 'New plan'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3>{base ? `Edit “${base.title}”` : 'New plan'}</h3>
      {failure ? (
        <div className="notice notice-problem" role="alert">
          <p>
            {problems.length > 0 ? 'The plan was not saved: see the fields marked below.' : failure.error}
          </p>
          {others.length > 0 ? (
            <ul>
              {others.map((problem) => (
                <li key={`${problem.path}:${problem.message}`}>
                  {problem.path}: {problem.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="grid">
        {text('Title', 'title', ['title', 'id'])}
        {text('What you call it (optional)', 'label', ['label'], {
          hint: 'Growth plan, Q1 plan… never shown in discreet mode',
        })}
        {text('Rep’s name', 'repName', ['rep.name', 'rep.id'])}
        {text('Rep’s email (optional)', 'repEmail', ['rep.email'])}
        {text('Manager’s name (optional)', 'managerName', ['manager'])}
        {text('Time zone', 'timeZone', ['timeZone'], { list: 'onpace-time-zones' })}
        {text('Starts', 'start', ['start'], { type: 'date' })}
        {text('Ends', 'end', ['end'], { type: 'date' })}
        {text('Working hours from', 'workStart', ['workingHours.start'], { type: 'time' })}
        {text('to', 'workEnd', ['workingHours.end'], { type: 'time' })}
        {text('Currency', 'currency', ['currency'], { hint: 'ISO code, such as USD or EUR' })}
      </div>
      <datalist id="onpace-time-zones">
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <fieldset className="plain-fieldset" data-field="workdays">
        <legend className="small strong">Working days</legend>
        <div className="row wrap">
          {WEEKDAYS.map((name, index) => {
            const day = index + 1;
            return (
              <label key={name} className="row small">
                <input
                  type="checkbox"
                  checked={draft.workdays.includes(day)}
                  onChange={(event) =>
                    set({
                      workdays: event.target.checked
                        ? [...draft.workdays, day]
                        : draft.workdays.filter((candidate) => candidate !== day),
                    })
                  }
                />
                {name}
              </label>
            );
          })}
        </div>
        <FieldProblems id="problem-workdays" problems={problemsAt(problems, 'workdays')} />
      </fieldset>
      <Field label="Holidays (one date per line)" paths={['holidays']} problems={problems}>
        {({ id, invalid, describedBy }) => (
          <textarea
            id={id}
            rows={2}
            value={draft.holidays}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => set({ holidays: event.target.value })}
          />
        )}
      </Field>
      <div className="grid">
        <Field
          label="Check-in every (weeks)"
          paths={['checkInCadence.everyWeeks', 'checkInCadence']}
          problems={problems}
          findings={findings}
          hint="Empty for no regular check-in"
        >
          {({ id, invalid, describedBy }) => (
            <input
              id={id}
              type="text"
              inputMode="numeric"
              value={draft.checkInEveryWeeks}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => set({ checkInEveryWeeks: event.target.value })}
            />
          )}
        </Field>
        <Field label="on" paths={['checkInCadence.weekday']} problems={problems}>
          {({ id, invalid, describedBy }) => (
            <select
              id={id}
              value={draft.checkInWeekday}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => set({ checkInWeekday: event.target.value })}
            >
              {WEEKDAYS.map((name, index) => (
                <option key={name} value={String(index + 1)}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <AssessmentPanel state={assessment} currency={draft.currency.trim().toUpperCase()} onApply={applied} />
      <h3>Targets</h3>
      <LintNotes id="lint-targets" findings={findings.filter((finding) => finding.path === 'targets')} />
      {problemsAt(problems, 'targets')
        .filter((problem) => problem.path === 'targets')
        .map((problem) => (
          <p key={problem.message} className="field-problem" role="alert">
            {problem.message}
          </p>
        ))}
      {draft.targets.map((target, index) => (
        <TargetFields
          key={target.id}
          index={index}
          target={target}
          problems={problems}
          attainability={ready?.attainability.find((entry) => entry.targetId === target.id)}
          findings={findings}
          onChange={(change) => setTarget(index, change)}
          onRemove={() => set({ targets: draft.targets.filter((_target, position) => position !== index) })}
        />
      ))}
      <button
        type="button"
        className="link"
        onClick={() => set({ targets: [...draft.targets, newTargetDraft(draft.targets)] })}
      >
        + Add target
      </button>
      {confirming && unrealistic.length > 0 ? (
        <div
          className="notice notice-warning"
          role="alertdialog"
          aria-label="Unrealistic targets"
          data-onpace="confirm-unrealistic"
        >
          <p className="strong">
            {unrealistic.length === 1 ? 'One target is' : `${unrealistic.length} targets are`} unlikely to be
            met on this rep’s own history:
          </p>
          <ul>
            {unrealistic.map((entry) => (
              <li key={entry.targetId}>
                {targetName(draft.targets, entry.targetId)}: {entry.reason}
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" className="primary" onClick={() => submit()}>
              {base ? 'Save anyway' : 'Create anyway'}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Change the targets
            </button>
          </div>
        </div>
      ) : null}
      <div className="row">
        <button type="submit" className="primary">
          {base ? 'Save plan' : 'Create plan'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
