import { request } from '../pages/client';
import { LifecycleBadge } from '../pages/ledger/LifecycleBadge';
import { useLoaded } from '../pages/use-loaded';

/**
 * A plan's lifecycle in the options list, read from its ledger's fold (the manager view of that
 * plan). `revision` reloads it after the plan is saved again.
 */
export function PlanLifecycle({ planId, revision }: { readonly planId: string; readonly revision: number }) {
  const [loaded] = useLoaded(async () => {
    const response = await request({ type: 'view/manager', planId });
    return response.ok ? { ledger: response.view.ledger } : response;
  }, [planId, revision]);
  // Quiet while loading or failing: the list stays readable, and the popup says more.
  if (loaded.state !== 'ready' || !loaded.value.ledger) return null;
  return <LifecycleBadge lifecycle={loaded.value.ledger.lifecycle} outcome={loaded.value.ledger.outcome} />;
}
