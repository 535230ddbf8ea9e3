import { useState } from 'react';
import type { NoteView } from '../messaging/views';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';
import { StatusBadge } from '../pages/StatusBadge';
import { useLoaded } from '../pages/use-loaded';
import { activeTabId } from './active-tab';
import { CheckInForm } from './CheckInForm';
import { ManagerLedger, ManagerPlanState } from './ledger/ManagerLedger';
import { ManagerRecords } from './ManagerRecords';
import { NoteForm } from './NoteForm';

export function ManagerTab() {
  const [planId, setPlanId] = useState<string | undefined>(undefined);
  const [editingNote, setEditingNote] = useState<NoteView | null>(null);
  const [loaded, reload] = useLoaded(async () => {
    const tabId = await activeTabId();
    const response = await request({
      type: 'view/manager',
      ...(planId === undefined ? {} : { planId }),
      ...(tabId === undefined ? {} : { tabId }),
    });
    return response.ok ? response.view : response;
  }, [planId]);

  if (loaded.state === 'loading') return <p className="muted">Loading…</p>;
  if (loaded.state === 'failed') return <Notice failure={loaded.failure} />;
  const view = loaded.value;
  const plan = view.plan;
  if (!plan) {
    return (
      <div className="empty">
        <p>No plan yet.</p>
        <p className="small muted">Create or import your rep’s plan on the options page.</p>
      </div>
    );
  }
  return (
    <div className="stack">
      <div className="card">
        <label className="field">
          <span>Plan</span>
          <select
            value={plan.id}
            onChange={(event) => {
              setEditingNote(null);
              setPlanId(event.target.value);
            }}
          >
            {view.plans.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {/* Titles often name the rep already ("Dana Reyes — spring plan"). */}
                {choice.title.includes(choice.repName) ? choice.title : `${choice.repName} — ${choice.title}`}
              </option>
            ))}
          </select>
        </label>
        <div className="row spread small">
          <span className="muted">
            Business day {plan.day.day} of {plan.day.total}
          </span>
          <StatusBadge status={plan.status} />
        </div>
      </div>
      {view.ledger ? (
        <ManagerPlanState planId={plan.id} ledger={view.ledger} end={plan.end} onChanged={reload} />
      ) : null}
      <NoteForm
        planId={plan.id}
        currentRecord={view.currentRecord}
        editing={editingNote}
        onDone={() => {
          setEditingNote(null);
          reload();
        }}
      />
      <CheckInForm planId={plan.id} onDone={reload} />
      <ManagerRecords planId={plan.id} notes={view.notes} onEditNote={setEditingNote} onChanged={reload} />
      {view.ledger ? (
        <ManagerLedger
          planId={plan.id}
          ledger={view.ledger}
          currency={plan.currency}
          labels={{}}
          onChanged={reload}
        />
      ) : null}
    </div>
  );
}
