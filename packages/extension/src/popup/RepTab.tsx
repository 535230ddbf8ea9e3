import { formatDayDate } from '@onpace/core/present';
import { browser } from 'wxt/browser';
import type { RepView } from '../messaging/views';
import { request } from '../pages/client';
import { LifecycleBadge } from '../pages/ledger/LifecycleBadge';
import { lifecycleHint } from '../pages/ledger/lifecycle-words';
import { Notice } from '../pages/Notice';
import { StatusBadge } from '../pages/StatusBadge';
import { useLoaded } from '../pages/use-loaded';
import { disputeTargets, RepAcknowledgment, RepLedger } from './ledger/RepLedger';
import { QuickLog } from './QuickLog';
import { RepNotes } from './RepNotes';
import { SyncLine } from './SyncLine';
import { TargetRow } from './TargetRow';

function dayLine(view: RepView): string {
  const plan = view.plan;
  if (!plan) return '';
  if (plan.day.day === 0) return `Starts ${formatDayDate(plan.start)}`;
  return `Business day ${plan.day.day} of ${plan.day.total}`;
}

export function RepTab() {
  const [loaded, reload] = useLoaded(async () => {
    const response = await request({ type: 'view/rep' });
    return response.ok ? response.view : response;
  }, []);
  if (loaded.state === 'loading') return <p className="muted">Loading…</p>;
  if (loaded.state === 'failed') return <Notice failure={loaded.failure} />;
  const view = loaded.value;
  const plan = view.plan;
  if (!plan) {
    return (
      <div className="empty">
        <p>No plan yet.</p>
        <p className="small muted">Import or create one on the options page.</p>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Open options
        </button>
      </div>
    );
  }
  return (
    <div className="stack">
      <div className="card plan-summary">
        <div className="row spread">
          <h2>{plan.displayLabel}</h2>
          <span className="row">
            {view.ledger ? (
              <LifecycleBadge lifecycle={view.ledger.lifecycle} outcome={view.ledger.outcome} />
            ) : null}
            <StatusBadge status={plan.status} />
          </span>
        </div>
        {view.ledger && lifecycleHint(view.ledger.lifecycle) ? (
          <p className="small muted">{lifecycleHint(view.ledger.lifecycle)}</p>
        ) : null}
        <p className="small muted">
          {dayLine(view)}
          {view.nextCheckIn ? ` · Next check-in ${formatDayDate(view.nextCheckIn)}` : ''}
        </p>
        <SyncLine />
      </div>
      <ul className="plain targets" aria-label="Targets">
        {view.targets.map((target) => (
          <TargetRow
            key={target.targetId}
            target={target}
            currency={plan.currency}
            workingHoursEnd={plan.workingHoursEnd}
          />
        ))}
      </ul>
      <QuickLog view={view} onChanged={reload} />
      {view.ledger ? <RepAcknowledgment planId={plan.id} ledger={view.ledger} onChanged={reload} /> : null}
      <h2>Coaching notes</h2>
      <RepNotes notes={view.notes} onChanged={reload} />
      {view.ledger ? (
        <RepLedger
          planId={plan.id}
          ledger={view.ledger}
          currency={plan.currency}
          today={plan.date}
          targets={disputeTargets(view.targets)}
          onChanged={reload}
        />
      ) : null}
    </div>
  );
}
