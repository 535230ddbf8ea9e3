import { formatDayDate, formatInstant } from '@onpace/core/present';
import { browser } from 'wxt/browser';
import type { RepView } from '../messaging/views';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';
import { StatusBadge } from '../pages/StatusBadge';
import { useLoaded } from '../pages/use-loaded';
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
          <StatusBadge status={plan.status} />
        </div>
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
      <div className="card acknowledgment">
        {view.acknowledgedAt ? (
          <p className="small">
            <span aria-hidden="true">✓ </span>You acknowledged revision {plan.revision} on{' '}
            {formatInstant(view.acknowledgedAt)}.
          </p>
        ) : (
          <div className="row spread">
            <p className="small">Revision {plan.revision} of this plan is new to you.</p>
            <button
              type="button"
              disabled={!view.ledger?.revisionHash}
              onClick={() =>
                void request({
                  type: 'plans/acknowledge',
                  planId: plan.id,
                  revision: view.ledger?.revisionHash ?? '',
                }).then(reload)
              }
            >
              Acknowledge receipt
            </button>
          </div>
        )}
      </div>
      <h2>Coaching notes</h2>
      <RepNotes notes={view.notes} onChanged={reload} />
    </div>
  );
}
