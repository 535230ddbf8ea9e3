/**
 * Where the rep stands with the plan's current revision: nothing issued yet, never acknowledged,
 * acknowledged, or acknowledged an earlier one (then "What changed" lists core's `diffRevisions`
 * lines, computed by the background). Receipt is bound to a revision's hash, so a changed goal
 * is never "already acknowledged".
 */
import type { AcknowledgmentView, ChangeLine, LedgerView } from '../../messaging/ledger-views';

export type AckState = 'none' | 'never' | 'current' | 'changed';

export interface AckStatus {
  /** `data-ack-state` carries it. */
  readonly state: AckState;
  /** The current revision's number, and the hash a new receipt names. */
  readonly revision: number;
  readonly revisionHash: string | null;
  readonly acknowledgedRevision: number | null;
  /** The receipt for the highest revision acknowledged (the latest one if several). */
  readonly receipt: AcknowledgmentView | null;
  /** For `changed`: what changed from the acknowledged revision to the current one. */
  readonly changes: readonly ChangeLine[];
}

type AckInput = Pick<
  LedgerView,
  | 'revision'
  | 'revisionHash'
  | 'acknowledgedRevision'
  | 'acknowledgedCurrent'
  | 'acknowledgments'
  | 'whatChanged'
>;

function stateOf(view: AckInput): AckState {
  if (view.revision === 0 || view.revisionHash === null) return 'none';
  if (view.acknowledgedCurrent) return 'current';
  return view.acknowledgedRevision === null ? 'never' : 'changed';
}

export function ackStatus(view: AckInput): AckStatus {
  const best = view.acknowledgedRevision;
  const receipt =
    best === null ? undefined : view.acknowledgments.filter((ack) => ack.revision === best).at(-1);
  const state = stateOf(view);
  return {
    state,
    revision: view.revision,
    revisionHash: view.revisionHash,
    acknowledgedRevision: best,
    receipt: receipt ?? null,
    changes: state === 'changed' ? view.whatChanged : [],
  };
}
