/**
 * A root cause in plain, calm words: what the numbers say, what the plan could focus on, and one
 * open question for the check-in. Describes the work, never the person.
 */
import { match } from 'ts-pattern';
import { MIN_BASELINE_DAYS } from './baseline.js';
import type { Baseline } from './baseline-schema.js';
import { GAP_RATIO } from './compare.js';
import type { DiagnosisBasis, FunnelComparison, PlanFocus, RootCause } from './diagnosis-schema.js';
import { CONVERSION_STEPS, type ConversionStage } from './funnel-stages.js';
import { OWN_EARLIER_DAYS, OWN_RECENT_DAYS } from './own-history.js';
import { MIN_TEAM_MEMBERS } from './team.js';
import { formatAmount, formatPercent, formatRatio } from './words.js';

export interface CauseWords {
  readonly focus: PlanFocus | null;
  readonly summary: string;
  readonly advice: string;
  readonly question: string;
}

const WIDEST = 'It is the widest gap to the team’s medians in the funnel.';
const STEEPEST = 'It is the steepest fall in the funnel.';
const RECENT = `in the last ${OWN_RECENT_DAYS} days before the plan, against the ${OWN_EARLIER_DAYS} days before them`;

/** What the figures were compared with, and the comparisons themselves (for the context of a cause). */
export interface CauseContext {
  readonly against: DiagnosisBasis;
  readonly comparisons: readonly FunnelComparison[];
}

const TEAM_CONTEXT: CauseContext = { against: 'team', comparisons: [] };

function stageWords(stage: ConversionStage): Omit<CauseWords, 'summary'> {
  return match(stage)
    .returnType<Omit<CauseWords, 'summary'>>()
    .with('lead-conversion', () => ({
      focus: 'skill-work',
      advice:
        'Focus on skill work: qualifying and following up new leads quickly, so that more of them convert.',
      question: 'What happens in the first days after a new lead reaches you?',
    }))
    .with('lead-to-opportunity', () => ({
      focus: 'pipeline-management',
      advice: 'Focus on pipeline management: turning converted leads into opportunities promptly.',
      question: 'What happens to a lead once it is converted?',
    }))
    .with('connect-rate', () => ({
      focus: 'prospecting',
      advice:
        'Focus on prospecting: calling lists, calling times and lead sources, so that more calls reach someone.',
      question: 'Which lists and calling times have worked best for you so far?',
    }))
    .with('booking-rate', () => ({
      focus: 'skill-work',
      advice:
        'Focus on skill work: the first conversation and asking for the meeting, with call reviews or role-play.',
      question: 'When a call goes well, what happens just before the prospect agrees to meet?',
    }))
    .with('show-rate', () => ({
      focus: 'pipeline-management',
      advice:
        'Focus on pipeline management: confirming meetings and following up, so that booked meetings take place.',
      question: 'What happens between booking a meeting and the meeting itself?',
    }))
    .with('opportunity-rate', () => ({
      focus: 'skill-work',
      advice: 'Focus on skill work: discovery and qualification in first meetings.',
      question: 'Can you walk me through a recent first meeting that did not become an opportunity?',
    }))
    .with('win-rate', () => ({
      focus: 'skill-work',
      advice: 'Focus on skill work: negotiation and closing, with reviews of late-stage opportunities.',
      question: 'Can you walk me through the key challenges you faced in closing deals this past month?',
    }))
    .exhaustive();
}

function baseOf(baseline: Baseline, stage: ConversionStage): number {
  return baseline.funnel.conversions.find((conversion) => conversion.stage === stage)?.base ?? 0;
}

/** "calls per lead (5.2; the team’s 4.8)" for each judged context measure in line. */
function inLineContext(context: CauseContext): string {
  const parts: string[] = [];
  for (const comparison of context.comparisons) {
    if (comparison.measure !== 'activity-per-lead' && comparison.measure !== 'lead-conversion') continue;
    if (!comparison.judged || comparison.rep === null || comparison.team === null) continue;
    const show = comparison.measure === 'lead-conversion' ? formatPercent : formatAmount;
    const name = comparison.measure === 'lead-conversion' ? 'lead conversion' : 'calls per lead';
    parts.push(
      context.against === 'team'
        ? `${name} (${show(comparison.rep)}; the team’s ${show(comparison.team)})`
        : `${name} ${(comparison.ratio ?? 1) >= 1 / GAP_RATIO ? 'rose to' : 'held at'} ${show(comparison.rep)}`,
    );
  }
  return parts.join(' and ');
}

function leadVolumeSummary(
  cause: { rep: number; team: number; ratio: number },
  context: CauseContext,
): string {
  const worked = inLineContext(context);
  if (context.against === 'own-past') {
    return `Lead volume fell from ${formatAmount(cause.team)} to ${formatAmount(cause.rep)} a week ${RECENT}${worked ? `, while ${worked}` : ''}. ${STEEPEST}`;
  }
  return `Leads assigned: ${formatAmount(cause.rep)} a week before the plan; the team’s median is ${formatAmount(cause.team)} (${formatRatio(cause.ratio)})${worked ? `, while ${worked} are in line` : ''}. The leads that come in are worked as usual; there are too few of them.`;
}

export function describeCause(
  cause: RootCause,
  baseline: Baseline,
  context: CauseContext = TEAM_CONTEXT,
): CauseWords {
  const own = context.against === 'own-past';
  return match(cause)
    .returnType<CauseWords>()
    .with({ kind: 'lead-volume' }, (c) => ({
      focus: 'prospecting',
      summary: leadVolumeSummary(c, context),
      advice:
        'Focus on prospecting and new lead sources: protected time to find leads of one’s own (referrals, events, outbound lists) and a look at how new leads are shared out.',
      question: 'Where do your leads come from today, and which new sources could we open up together?',
    }))
    .with({ kind: 'activity-volume' }, (c) => ({
      focus: 'prospecting',
      summary: own
        ? `Calls fell from ${formatAmount(c.team)} to ${formatAmount(c.rep)} a week ${RECENT}. ${STEEPEST}`
        : `Calls: ${formatAmount(c.rep)} a week before the plan; the team’s median is ${formatAmount(c.team)} (${formatRatio(c.ratio)}). ${WIDEST}`,
      advice: 'Focus on prospecting: protected time for calls every day and, where needed, new lead sources.',
      question: 'What gets in the way of prospecting time in a typical week?',
    }))
    .with({ kind: 'conversion' }, (c) => ({
      summary: own
        ? `${CONVERSION_STEPS[c.stage].label}: fell from ${formatPercent(c.team)} to ${formatPercent(c.rep)} ${RECENT}. ${STEEPEST}`
        : `${CONVERSION_STEPS[c.stage].label}: ${formatPercent(c.rep)} before the plan (of ${formatAmount(baseOf(baseline, c.stage))}); the team’s median is ${formatPercent(c.team)} (${formatRatio(c.ratio)}). ${WIDEST}`,
      ...stageWords(c.stage),
    }))
    .with({ kind: 'deal-size' }, (c) => ({
      focus: 'skill-work',
      summary: own
        ? `Average deal size fell from ${formatAmount(c.team)} to ${formatAmount(c.rep)} ${RECENT}. ${STEEPEST}`
        : `Average deal size: ${formatAmount(c.rep)} before the plan; the team’s median is ${formatAmount(c.team)} (${formatRatio(c.ratio)}). ${WIDEST}`,
      advice:
        'Focus on skill work: qualifying larger opportunities and negotiating on value rather than on price.',
      question: 'How do you decide what to propose to a prospect, and when do you discuss price?',
    }))
    .with({ kind: 'no-clear-cause', reason: 'thin-baseline' }, () => ({
      focus: null,
      summary: `There ${baseline.businessDays === 1 ? 'is 1 business day' : `are ${baseline.businessDays} business days`} of history before the plan, fewer than ${MIN_BASELINE_DAYS}: too little to point at a cause.`,
      advice:
        'Agree on first targets together and look at the figures again once there are two weeks of data.',
      question: 'Where do you feel you could make the most difference in the next month?',
    }))
    .with({ kind: 'no-clear-cause', reason: 'no-team' }, () => ({
      focus: null,
      summary: `The funnel can be compared once baselines of at least ${MIN_TEAM_MEMBERS} teammates are available, or ${OWN_RECENT_DAYS + OWN_EARLIER_DAYS} days of the rep’s own history with ${MIN_BASELINE_DAYS} business days in each part.`,
      advice: 'Go through the funnel figures together and agree on where the plan should focus.',
      question: 'Which part of your week do you think has the most room to grow?',
    }))
    .with({ kind: 'no-clear-cause', reason: 'nothing-comparable' }, () => ({
      focus: null,
      summary: own
        ? `There are too few records at each stage to compare the last ${OWN_RECENT_DAYS} days with the ${OWN_EARLIER_DAYS} before them.`
        : 'There are too few records at each stage to compare the funnel with the team’s.',
      advice: 'Go through the funnel figures together and agree on where the plan should focus.',
      question: 'Which part of your week do you think has the most room to grow?',
    }))
    .with({ kind: 'no-clear-cause', reason: 'in-line' }, () => ({
      focus: null,
      summary: own
        ? `No stage of the funnel fell by more than 20% ${RECENT}: no single cause stands out.`
        : 'Every stage of the funnel is within 20% of the team’s medians or above them: no single cause stands out.',
      advice: 'Keep the steady base, and use the check-ins to find what would help most.',
      question: 'What would make the biggest difference to your results in the next month?',
    }))
    .exhaustive();
}
