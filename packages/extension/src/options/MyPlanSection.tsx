import type { Plan } from '@onpace/core/schemas';
import { request } from '../pages/client';
import { planChoiceName } from './plan-choice-name';

/** Which plan the overlay shows for the person using this browser. */
export function MyPlanSection({
  plans,
  myPlanId,
  onChanged,
}: {
  readonly plans: readonly Plan[];
  readonly myPlanId: string | null;
  readonly onChanged: () => void;
}) {
  return (
    <section aria-labelledby="my-plan-heading" className="card stack">
      <h2 id="my-plan-heading">My plan</h2>
      <p className="small muted">
        The plan the CRM pages show for you. The first plan imported or created is chosen for you.
      </p>
      <label className="field">
        <span>Show on CRM pages</span>
        <select
          value={myPlanId ?? ''}
          disabled={plans.length === 0}
          onChange={(event) =>
            void request({
              type: 'plans/set-mine',
              planId: event.target.value === '' ? null : event.target.value,
            }).then(onChanged)
          }
        >
          <option value="">No plan</option>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {planChoiceName(plan)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
