import { foldLedger, ledgerTimeline, type TimelineEntry } from '@onpace/core/ledger';
import { useEffect, useState } from 'react';
import type { Failure } from '../../messaging/result';
import { ledgerRequest } from '../../pages/ledger/ledger-client';
import { Notice } from '../../pages/Notice';
import { Timeline } from './Timeline';

interface Loaded {
  readonly entries: readonly TimelineEntry[];
  readonly timeZone: string | undefined;
}

/**
 * The plan's history, folded here from its raw events with core's `foldLedger` and told by
 * `ledgerTimeline`, so it reads exactly as the dashboard's. Closed until asked for, to keep the
 * popup short; `version` changes after each write so an open history shows it at once.
 */
export function HistorySection({ planId, version }: { readonly planId: string; readonly version: unknown }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | Failure | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    void ledgerRequest({ type: 'plans/events', planId }).then((answer) => {
      if (!current) return;
      if (!answer.ok) {
        setLoaded(answer);
        return;
      }
      const raw = answer.events.events.map((entry) => entry.event);
      const state = foldLedger(raw);
      setLoaded({ entries: ledgerTimeline(raw, state), timeZone: state.plan?.timeZone });
    });
    return () => {
      current = false;
    };
  }, [open, planId, version]);

  return (
    <section className="stack history" aria-label="History">
      <div className="row spread">
        <h2>History</h2>
        <button type="button" className="link" aria-expanded={open} onClick={() => setOpen((was) => !was)}>
          {open ? 'Hide' : 'Show the full history'}
        </button>
      </div>
      {open && loaded === null ? <p className="small muted">Loading…</p> : null}
      {open && loaded !== null && 'ok' in loaded ? <Notice failure={loaded} /> : null}
      {open && loaded !== null && 'entries' in loaded ? (
        <Timeline entries={loaded.entries} {...(loaded.timeZone ? { timeZone: loaded.timeZone } : {})} />
      ) : null}
    </section>
  );
}
