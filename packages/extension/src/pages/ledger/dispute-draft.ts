/**
 * The rep's dispute form, checked before it is sent so each problem shows beside its field
 * (paths as the `dispute.opened` body names them). The background checks again with core's
 * event schema; this only spares a round trip and says what to fix in the form's own words.
 */
// `words`, not `schemas` or `ledger`: the overlay's content script uses this check, and stays without zod.
import { isSumMetric } from '@onpace/core/words';
import type { FieldProblem } from '../../messaging/result';

/** docs/ledger.md: every text is 1 to 10,000 characters (core's `MAX_TEXT_LENGTH`, checked again in the background). */
const MAX_TEXT_LENGTH = 10_000;

export type DisputeKindWord = 'missing' | 'not-counting';

export interface DisputeInput {
  readonly metric: string;
  readonly date: string;
  readonly kind: DisputeKindWord;
  /** As typed; empty means 1 for a count metric. */
  readonly amount: string;
  /** `source:id` keys picked from that day's list. */
  readonly activities: readonly string[];
  readonly text: string;
}

export interface DisputeDraft {
  readonly metric: string;
  readonly date: string;
  readonly kind: DisputeKindWord;
  readonly amount?: number;
  readonly activities?: readonly string[];
  readonly text: string;
}

export type DisputeCheck =
  | { readonly ok: true; readonly draft: DisputeDraft }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

function amountProblem(metric: string, typed: string): FieldProblem | null {
  const sum = isSumMetric(metric);
  if (typed.trim() === '') {
    return sum ? { path: 'amount', message: 'Enter the amount that is missing.' } : null;
  }
  const value = Number(typed);
  if (!Number.isFinite(value) || value <= 0) {
    return { path: 'amount', message: 'Enter a number greater than 0.' };
  }
  if (!sum && !Number.isInteger(value)) {
    return { path: 'amount', message: 'Enter a whole number of activities.' };
  }
  return null;
}

export function checkDispute(input: DisputeInput): DisputeCheck {
  const problems: FieldProblem[] = [];
  if (input.metric === '') problems.push({ path: 'metric', message: 'Choose the target.' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) problems.push({ path: 'date', message: 'Choose the day.' });
  const text = input.text.trim();
  if (text === '') problems.push({ path: 'text', message: 'Say why the count is wrong.' });
  else if ([...text].length > MAX_TEXT_LENGTH) {
    problems.push({
      path: 'text',
      message: `Keep it under ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters.`,
    });
  }
  if (input.kind === 'missing') {
    const problem = amountProblem(input.metric, input.amount);
    if (problem) problems.push(problem);
  } else if (input.activities.length === 0) {
    problems.push({ path: 'activities', message: 'Pick the activities that should not count.' });
  }
  if (problems.length > 0) return { ok: false, problems };
  const base = { metric: input.metric, date: input.date, kind: input.kind, text };
  if (input.kind === 'not-counting')
    return { ok: true, draft: { ...base, activities: [...input.activities] } };
  const typed = input.amount.trim();
  return { ok: true, draft: typed === '' ? base : { ...base, amount: Number(typed) } };
}
