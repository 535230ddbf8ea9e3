/** The fake Salesforce + HubSpot server on a free port, serving the demo's seed. */
import { type FakeCrm, startFakeCrm } from '@onpace/fake-crm';
import type { DemoCrm } from '../data/crm-seed.js';

export async function startDemoCrm(crm: DemoCrm): Promise<FakeCrm> {
  // Port 0: the system picks a free one, so tests and a running demo never collide.
  return startFakeCrm({ port: 0, seed: crm.seed });
}
