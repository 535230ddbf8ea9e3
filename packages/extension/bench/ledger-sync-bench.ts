/**
 * What passing the ledger through the CRM costs, measured against the fake CRM over HTTPS with
 * two people of one seeded team (test/ledger-transport/support.ts): requests when nothing
 * changed, requests to carry one note from the manager to the rep, and the wall time from the
 * manager's sync to the rep holding the note when both sync on demand.
 */
import { performance } from 'node:perf_hooks';
import type { LedgerEventInput } from '@onpace/core/ledger';
import {
  type HubSpotCheckpoints,
  NO_HUBSPOT_CHECKPOINTS,
  NO_SALESFORCE_CHECKPOINTS,
  type SalesforceCheckpoints,
  syncPlanOverHubSpot,
  syncPlanOverSalesforce,
} from '../src/ledger-transport/sync-plan';
import {
  Ledger,
  MANAGER,
  type Person,
  PLAN_ID,
  REP,
  startTwoPeople,
  type TwoPeople,
} from '../test/ledger-transport/support';

export interface BenchLine {
  readonly name: string;
  readonly value: number | string;
  readonly unit: string;
}

class Side {
  salesforce: SalesforceCheckpoints = NO_SALESFORCE_CHECKPOINTS;
  hubspot: HubSpotCheckpoints = NO_HUBSPOT_CHECKPOINTS;
  peerEvents: LedgerEventInput[] = [];

  constructor(
    private readonly world: TwoPeople,
    private readonly ledger: Ledger,
    private readonly person: Person,
    private readonly me: { id: string },
    private readonly peer: { id: string },
    private readonly peerUserId: string | null,
  ) {}

  private logs() {
    return {
      plan: PLAN_ID,
      key: this.world.key,
      channel: this.world.channel,
      me: this.me.id,
      myEvents: this.ledger.of(this.me),
      peer: this.peer.id,
      peerEvents: this.peerEvents,
    };
  }

  /** One sync over one CRM; the requests it sent. */
  async sync(crm: 'salesforce' | 'hubspot'): Promise<number> {
    const before = this.person.http.requests(crm);
    const result =
      crm === 'salesforce'
        ? await syncPlanOverSalesforce({
            logs: this.logs(),
            client: this.person.files,
            peerUserId: this.peerUserId,
            checkpoints: this.salesforce,
            save: async (checkpoints) => {
              this.salesforce = checkpoints;
            },
          })
        : await syncPlanOverHubSpot({
            logs: this.logs(),
            client: this.person.notes,
            repOwnerId: this.world.rep.hubspotOwnerId,
            checkpoints: this.hubspot,
            save: async (checkpoints) => {
              this.hubspot = checkpoints;
            },
          });
    if (result.read.status === 'extended') this.peerEvents.push(...result.read.added);
    if (result.read.status === 'fault' || result.write?.status === 'fault')
      throw new Error(`${crm} sync failed`);
    // Notes are stamped to the millisecond: keep two saves apart.
    await new Promise((resolve) => setTimeout(resolve, 2));
    return this.person.http.requests(crm) - before;
  }
}

async function measure(crm: 'salesforce' | 'hubspot'): Promise<BenchLine[]> {
  const world = await startTwoPeople();
  try {
    const ledger = new Ledger();
    const manager = new Side(world, ledger, world.manager, MANAGER, REP, world.rep.salesforceUserId);
    const rep = new Side(world, ledger, world.rep, REP, MANAGER, null);
    ledger.issue();
    await manager.sync(crm);
    await rep.sync(crm);
    await manager.sync(crm);
    const idle = (await manager.sync(crm)) + (await rep.sync(crm));

    ledger.note(MANAGER, 'n-1', 'Open with the follow-up.');
    const started = performance.now();
    const written = await manager.sync(crm);
    const read = await rep.sync(crm);
    const ms = performance.now() - started;
    const arrived = rep.peerEvents.some((event) => event.type === 'note.added');
    return [
      { name: `ledger_sync_idle_requests_${crm}`, value: idle / 2, unit: 'requests per person' },
      { name: `ledger_sync_one_note_requests_${crm}`, value: written + read, unit: 'requests' },
      { name: `ledger_note_save_to_rep_ms_${crm}`, value: Math.round(ms), unit: 'ms' },
      { name: `ledger_note_reached_rep_${crm}`, value: arrived ? 'yes' : 'NO', unit: '' },
    ];
  } finally {
    await world.crm.close();
  }
}

export async function runLedgerSyncBench(): Promise<BenchLine[]> {
  const salesforce = await measure('salesforce');
  const hubspot = await measure('hubspot');
  const value = (lines: BenchLine[], prefix: string) =>
    Number(lines.find((line) => line.name.startsWith(prefix))?.value ?? Number.NaN);
  return [
    // Nothing changed: one query per CRM for each person.
    {
      name: 'ledger_sync_idle_requests',
      value: value(salesforce, 'ledger_sync_idle_requests') + value(hubspot, 'ledger_sync_idle_requests'),
      unit: 'requests per person, both CRMs',
    },
    {
      name: 'ledger_sync_one_note_requests',
      value:
        value(salesforce, 'ledger_sync_one_note_requests') + value(hubspot, 'ledger_sync_one_note_requests'),
      unit: 'requests, both people, both CRMs',
    },
    ...salesforce,
    ...hubspot,
  ];
}
