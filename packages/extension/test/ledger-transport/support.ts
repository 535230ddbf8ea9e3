/**
 * Two people on one seeded fake CRM team (a manager and a rep, each with their own Salesforce
 * session and HubSpot token), each with their own CRM client, a plan key they share (the invite
 * code's round trip is tested on its own), and a ledger each of them writes.
 */
import { appendEvent, type EventDraft, type LedgerEventInput } from '@onpace/core/ledger';
import { type FakeCrm, type SeededTeam, seedTeam, startFakeCrm } from '@onpace/fake-crm';
import { importPlanKey } from '../../src/ledger-transport/crypto';
import { HubSpotLedgerNotes } from '../../src/ledger-transport/hubspot-notes';
import { SalesforceLedgerFiles } from '../../src/ledger-transport/salesforce-files';
import { CrmHttp } from '../../src/sync/http';
import { TokenBucket } from '../../src/sync/pacer';
import { FakeClock } from '../sync/support/fake-clock';
import { fakeCrmFetch } from '../sync/support/fake-crm';

export const PLAN_ID = 'plan-jordan-90';
export const MANAGER = { id: 'u-morgan', role: 'manager' } as const;
export const REP = { id: 'u-jordan', role: 'rep' } as const;
export const SALESFORCE_HOST = 'northwind.my.salesforce.com';

export interface Person {
  readonly http: CrmHttp;
  readonly files: SalesforceLedgerFiles;
  readonly notes: HubSpotLedgerNotes;
  readonly salesforceUserId: string;
  readonly hubspotOwnerId: string;
}

export interface TwoPeople {
  readonly crm: FakeCrm;
  readonly team: SeededTeam;
  readonly manager: Person;
  readonly rep: Person;
  readonly key: CryptoKey;
  readonly channel: string;
  readonly clock: FakeClock;
}

export async function startTwoPeople(): Promise<TwoPeople> {
  const team = seedTeam({ start: '2026-11-02', days: 3, noise: false });
  const crm = await startFakeCrm({ port: 0, seed: team, searchRequestsPerSecond: 0 });
  const clock = new FakeClock(Date.parse('2026-11-18T21:05:00.000Z'));
  const person = (member: SeededTeam['manager']): Person => {
    const http = new CrmHttp({ fetch: fakeCrmFetch(crm), clock, searchPacer: new TokenBucket(clock) });
    return {
      http,
      files: new SalesforceLedgerFiles({
        http,
        apiHost: SALESFORCE_HOST,
        sessionId: member.salesforceSessionId,
        userId: member.salesforceUserId,
      }),
      notes: new HubSpotLedgerNotes({ http, token: member.hubspotToken, now: () => clock.now() }),
      salesforceUserId: member.salesforceUserId,
      hubspotOwnerId: member.hubspotOwnerId,
    };
  };
  const key = await importPlanKey(crypto.getRandomValues(new Uint8Array(32)));
  return {
    crm,
    team,
    manager: person(team.manager),
    rep: person(team.reps[0] as SeededTeam['manager']),
    key,
    channel: '5f0c3a9e1b7d4c2a8e6f0b1d3c5a7e9f',
    clock,
  };
}

/** A plan's ledger as both people write it: one list of events, appended through appendEvent. */
export class Ledger {
  readonly events: LedgerEventInput[] = [];
  private clock = Date.parse('2026-11-02T14:00:00.000Z');

  write(draft: Omit<EventDraft, 'plan' | 'at'>): LedgerEventInput {
    this.clock += 60_000;
    const event = appendEvent(this.events, {
      ...draft,
      plan: PLAN_ID,
      at: new Date(this.clock).toISOString(),
    } as EventDraft);
    this.events.push(event);
    return event;
  }

  issue(): LedgerEventInput {
    return this.write({
      author: MANAGER,
      type: 'plan.issued',
      body: {
        plan: {
          id: PLAN_ID,
          title: 'Jordan 90-day plan',
          rep: { id: REP.id, name: 'Jordan Rep' },
          manager: { id: MANAGER.id, name: 'Morgan Manager' },
          timeZone: 'America/New_York',
          start: '2026-11-02',
          end: '2027-01-29',
          targets: [{ id: 't-calls', metric: 'calls', cadence: 'daily', goal: 40 }],
        },
      },
    } as Omit<EventDraft, 'plan' | 'at'>);
  }

  note(author: typeof MANAGER | typeof REP, note: string, text: string): LedgerEventInput {
    return this.write({ author, type: 'note.added', body: { note, text } } as Omit<
      EventDraft,
      'plan' | 'at'
    >);
  }

  of(author: { id: string }): LedgerEventInput[] {
    return this.events.filter((event) => event.author.id === author.id);
  }
}
