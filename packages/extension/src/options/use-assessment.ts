import { useEffect, useState } from 'react';
import type { PlanAssessment } from '../messaging/assess-views';
import { request } from '../pages/client';

/** How long the form waits after the last keystroke before asking the background again. */
const SETTLE_MS = 350;

export type AssessmentState =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'ready'; readonly assessment: PlanAssessment }
  | { readonly kind: 'failed'; readonly error: string };

/**
 * The background's assessment of the plan being edited (`plans/assess`), asked again once typing
 * settles; an answer to an older draft never replaces a newer one.
 */
export function useAssessment(planInput: Record<string, unknown>): AssessmentState {
  const [state, setState] = useState<AssessmentState>({ kind: 'waiting' });
  const key = JSON.stringify(planInput);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void request({ type: 'plans/assess', plan: JSON.parse(key) as unknown }).then((response) => {
        if (!current) return;
        setState(
          response.ok
            ? { kind: 'ready', assessment: response.assessment }
            : { kind: 'failed', error: response.error },
        );
      });
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return state;
}
