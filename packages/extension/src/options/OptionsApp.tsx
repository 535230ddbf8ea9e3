/** The options page: plans, files, "my plan", privacy, dashboard access, and connections. */

import type { Failure } from '../messaging/result';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';
import { useLoaded } from '../pages/use-loaded';
import { ConnectionsSection } from './ConnectionsSection';
import { DashboardAccessSection } from './DashboardAccessSection';
import { ImportExportSection } from './ImportExportSection';
import { MyPlanSection } from './MyPlanSection';
import { PlansSection } from './PlansSection';
import { PrivacySection } from './PrivacySection';

async function loadAll() {
  const [plans, settings, sync] = await Promise.all([
    request({ type: 'plans/list' }),
    request({ type: 'settings/get' }),
    request({ type: 'sync/status' }),
  ]);
  if (!plans.ok) return plans;
  if (!settings.ok) return settings satisfies Failure;
  if (!sync.ok) return sync satisfies Failure;
  return {
    plans: plans.plans,
    myPlanId: plans.myPlanId,
    settings: settings.settings,
    askers: settings.askers,
    sync: sync.status,
  };
}

export function OptionsApp() {
  const [loaded, reload] = useLoaded(loadAll, []);
  return (
    <main className="options">
      <h1>OnPace settings</h1>
      {loaded.state === 'loading' ? <p className="muted">Loading…</p> : null}
      {loaded.state === 'failed' ? <Notice failure={loaded.failure} /> : null}
      {loaded.state === 'ready' ? (
        <>
          <MyPlanSection plans={loaded.value.plans} myPlanId={loaded.value.myPlanId} onChanged={reload} />
          <PlansSection plans={loaded.value.plans} myPlanId={loaded.value.myPlanId} onChanged={reload} />
          <ImportExportSection
            plans={loaded.value.plans}
            myPlanId={loaded.value.myPlanId}
            onChanged={reload}
          />
          <PrivacySection settings={loaded.value.settings} onChanged={reload} />
          <DashboardAccessSection
            settings={loaded.value.settings}
            askers={loaded.value.askers}
            onChanged={reload}
          />
          <ConnectionsSection status={loaded.value.sync} onChanged={reload} />
        </>
      ) : null}
    </main>
  );
}
