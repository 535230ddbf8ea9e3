import { formatDayDate } from '@onpace/core/present';
import type { Plan } from '@onpace/core/schemas';
import { useState } from 'react';
import type { Failure } from '../messaging/result';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';
import { todayCivil } from '../pages/today';
import { PlanForm } from './PlanForm';
import { PlanLifecycle } from './PlanLifecycle';
import { draftFromPlan, emptyPlanDraft, type PlanDraft } from './plan-draft';

type Editing = { readonly draft: PlanDraft; readonly base: Plan | null } | null;

interface PlansSectionProps {
  readonly plans: readonly Plan[];
  readonly myPlanId: string | null;
  readonly onChanged: () => void;
}

function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function PlansSection({ plans, myPlanId, onChanged }: PlansSectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function remove(plan: Plan) {
    const response = await request({ type: 'plans/delete', planId: plan.id });
    setFailure(response.ok ? null : response);
    setMessage(response.ok ? `Deleted “${plan.title}”.` : null);
    onChanged();
  }

  return (
    <section aria-labelledby="plans-heading" className="card stack">
      <div className="row spread">
        <h2 id="plans-heading">Plans</h2>
        {editing ? null : (
          <button
            type="button"
            onClick={() =>
              setEditing({
                draft: emptyPlanDraft(todayCivil(), localTimeZone(), crypto.randomUUID().slice(0, 8)),
                base: null,
              })
            }
          >
            New plan
          </button>
        )}
      </div>
      {plans.length === 0 ? <p>No plan yet.</p> : null}
      <ul className="plain plan-list">
        {plans.map((plan) => (
          <li key={plan.id} className="row spread plan-item" data-plan-id={plan.id}>
            <div>
              <p>
                <strong>{plan.title}</strong>
                {plan.id === myPlanId ? <span className="tag">My plan</span> : null}{' '}
                <PlanLifecycle planId={plan.id} revision={plan.revision} />
              </p>
              <p className="small muted">
                {plan.rep.name} · {formatDayDate(plan.start)} – {formatDayDate(plan.end)} ·{' '}
                {plan.targets.length} {plan.targets.length === 1 ? 'target' : 'targets'} · revision{' '}
                {plan.revision}
              </p>
            </div>
            <div className="row">
              <button
                type="button"
                className="link"
                onClick={() => setEditing({ draft: draftFromPlan(plan), base: plan })}
              >
                Edit
              </button>
              <DeletePlanButton plan={plan} onConfirm={() => void remove(plan)} />
            </div>
          </li>
        ))}
      </ul>
      {editing ? (
        <PlanForm
          key={editing.base?.id ?? editing.draft.id}
          initial={editing.draft}
          base={editing.base}
          onSaved={(plan) => {
            setEditing(null);
            setMessage(`Saved “${plan.title}” (revision ${plan.revision}).`);
            onChanged();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <Notice message={message} failure={failure} />
    </section>
  );
}

function DeletePlanButton({ plan, onConfirm }: { readonly plan: Plan; readonly onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="link" onClick={() => setAsking(true)}>
        Delete
      </button>
    );
  }
  return (
    <span className="row small">
      Delete “{plan.title}” with its notes and check-ins?
      <button type="button" className="danger" onClick={onConfirm}>
        Delete plan
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  );
}
