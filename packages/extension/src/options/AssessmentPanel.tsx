import type { TargetSuggestion } from '@onpace/core/diagnosis';
import { formatDayDate, formatFigure } from '@onpace/core/present';
import { isSumMetric, metricName } from '@onpace/core/schemas';
import type { PlanAssessment } from '../messaging/assess-views';
import { LeadDeepDive } from './LeadDeepDive';
import type { AssessmentState } from './use-assessment';

const CADENCE_WORDS = { daily: 'a day', weekly: 'a week', plan: 'over the plan' } as const;

/** "10 calls a day", "$24,000 of pipeline created a week". */
export function suggestionGoal(suggestion: TargetSuggestion, currency: string): string {
  const { metric, goal, cadence } = suggestion.target;
  const money = isSumMetric(metric);
  const amount = formatFigure(goal, money, currency);
  return `${money ? `${amount} of ${metricName(metric)}` : `${amount} ${metricName(metric)}`} ${CADENCE_WORDS[cadence]}`;
}

function BaselineLine({ assessment }: { readonly assessment: PlanAssessment }) {
  const { baseline } = assessment;
  if (baseline === null) return null;
  const range = `${formatDayDate(baseline.from)} – ${formatDayDate(baseline.to)}`;
  const observed =
    baseline.observed === null
      ? 'No activity is stored for this rep before the plan.'
      : `${baseline.businessDays} business days with data.`;
  return (
    <p className="small muted" data-onpace="baseline">
      Drawn from the 90 days before the plan ({range}). {observed}
    </p>
  );
}

function TeamLine({ assessment }: { readonly assessment: PlanAssessment }) {
  const { team } = assessment;
  if (team.members < team.needed && assessment.diagnosis?.against === 'own-past') {
    return (
      <p className="small muted" data-onpace="team">
        A team comparison needs at least {team.needed} teammates with enough history; until then, the rep’s
        last 30 days are compared with the 60 before them.
      </p>
    );
  }
  if (team.members >= team.needed) {
    return (
      <p className="small muted" data-onpace="team">
        Compared with {team.members} teammates whose plans this browser holds, on this plan’s calendar.
      </p>
    );
  }
  const held =
    team.reps.length === 0
      ? 'This browser holds no other rep’s plan'
      : `This browser holds ${team.members} teammate${team.members === 1 ? '' : 's'} with enough history`;
  return (
    <p className="small muted" data-onpace="team">
      {held}; a team comparison needs at least {team.needed}. Import your other reps’ plans with their
      activity to compare with the team.
    </p>
  );
}

interface AssessmentPanelProps {
  readonly state: AssessmentState;
  readonly currency: string;
  readonly onApply: (suggestion: TargetSuggestion) => void;
}

/** The diagnosis before the plan, the team note and the suggested targets, beside the plan form. */
export function AssessmentPanel({ state, currency, onApply }: AssessmentPanelProps) {
  if (state.kind === 'waiting') {
    return (
      <section className="card stack assessment" aria-label="Before the plan" aria-busy="true">
        <h3>Before the plan</h3>
        <p className="small muted">Reading the rep’s history…</p>
      </section>
    );
  }
  if (state.kind === 'failed') {
    return (
      <section className="card stack assessment" aria-label="Before the plan">
        <h3>Before the plan</h3>
        <p className="small muted">{state.error}</p>
      </section>
    );
  }
  const { assessment } = state;
  const { diagnosis } = assessment;
  return (
    <section className="card stack assessment" aria-label="Before the plan" data-onpace="assessment">
      <h3>Before the plan</h3>
      {assessment.repId === null || diagnosis === null ? (
        <p className="small muted">Name the rep and the start date to see what their history says.</p>
      ) : (
        <>
          <p data-onpace="diagnosis" data-cause={diagnosis.cause.kind}>
            {diagnosis.summary}
          </p>
          <p className="small">{diagnosis.advice}</p>
          <p className="small muted">For the next check-in: {diagnosis.question}</p>
          <BaselineLine assessment={assessment} />
          <TeamLine assessment={assessment} />
          {assessment.leadDeepDive === null ? null : (
            <LeadDeepDive view={assessment.leadDeepDive} currency={currency} />
          )}
        </>
      )}
      {assessment.suggestions.length > 0 ? (
        <div className="stack">
          <h4>Suggested targets</h4>
          <ul className="suggestions">
            {assessment.suggestions.map((suggestion) => {
              const goal = suggestionGoal(suggestion, currency);
              return (
                <li key={suggestion.target.id} data-suggestion={suggestion.target.metric}>
                  <div className="row spread">
                    <strong>{goal}</strong>
                    <button type="button" onClick={() => onApply(suggestion)}>
                      {suggestion.replaces === null ? `Add ${goal}` : `Use ${goal}`}
                    </button>
                  </div>
                  <span className="small muted">{suggestion.reason}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
