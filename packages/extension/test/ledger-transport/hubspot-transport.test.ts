import { canonicalJson, type LedgerEventInput } from '@onpace/core/ledger';
import { logName } from '@onpace/core/ledger-log';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sealChunk } from '../../src/ledger-transport/crypto';
import { readNotice } from '../../src/ledger-transport/fault-messages';
import { NO_NOTES_CURSOR } from '../../src/ledger-transport/hubspot-notes';
import type { ReadOutcome } from '../../src/ledger-transport/outcome';
import {
  type HubSpotCheckpoints,
  NO_HUBSPOT_CHECKPOINTS,
  syncPlanOverHubSpot,
} from '../../src/ledger-transport/sync-plan';
import { Ledger, MANAGER, type Person, PLAN_ID, REP, startTwoPeople, type TwoPeople } from './support';

let world: TwoPeople;
let ledger: Ledger;

beforeEach(async () => {
  world = await startTwoPeople();
  ledger = new Ledger();
});
afterEach(() => world.crm.close());

const context = {
  nowMs: Date.parse('2026-11-18T21:05:00.000Z'),
  repName: 'Jordan',
  isMine: true,
  timeZone: 'America/New_York',
  peerName: 'Morgan',
};

class Browser {
  checkpoints: HubSpotCheckpoints = NO_HUBSPOT_CHECKPOINTS;
  peerEvents: LedgerEventInput[] = [];
  lastRead: ReadOutcome | null = null;

  constructor(
    readonly person: Person,
    readonly me: { id: string },
    readonly peer: { id: string },
  ) {}

  async sync(save?: (checkpoints: HubSpotCheckpoints) => Promise<void>): Promise<number> {
    const before = this.person.http.requests('hubspot');
    const result = await syncPlanOverHubSpot({
      logs: {
        plan: PLAN_ID,
        key: world.key,
        channel: world.channel,
        me: this.me.id,
        myEvents: ledger.of(this.me),
        peer: this.peer.id,
        peerEvents: this.peerEvents,
      },
      client: this.person.notes,
      repOwnerId: world.rep.hubspotOwnerId,
      checkpoints: this.checkpoints,
      save:
        save ??
        (async (checkpoints) => {
          this.checkpoints = checkpoints;
        }),
    });
    this.lastRead = result.read;
    if (result.read.status === 'extended') this.peerEvents.push(...result.read.added);
    // Notes are stamped to the millisecond: the next save is later.
    world.clock.advance(1_000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return this.person.http.requests('hubspot') - before;
  }
}

function browsers(): { manager: Browser; rep: Browser } {
  return { manager: new Browser(world.manager, MANAGER, REP), rep: new Browser(world.rep, REP, MANAGER) };
}

describe('the ledger through HubSpot notes, two users', () => {
  it('the manager writes notes the rep (owned access) finds, decrypts and verifies; then back', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    ledger.note(MANAGER, 'n-1', 'Open with the follow-up.');
    expect(await manager.sync()).toBe(2);
    const stored = world.crm.notes();
    expect(stored).toHaveLength(1);
    for (const secret of [PLAN_ID, MANAGER.id, REP.id, 'Open with', 'Jordan', 'Morgan']) {
      expect(stored[0]?.properties.hs_note_body).not.toContain(secret);
    }

    await rep.sync();
    expect(rep.lastRead?.status).toBe('extended');
    expect(rep.peerEvents.map((event) => canonicalJson(event))).toEqual(
      ledger.of(MANAGER).map((event) => canonicalJson(event)),
    );

    ledger.note(REP, 'r-1', 'Thanks, will do.');
    await rep.sync();
    await manager.sync();
    expect(manager.lastRead?.status).toBe('extended');
    expect(manager.peerEvents.map((event) => event.type)).toEqual(['note.added']);
  });

  it('costs one search when nothing changed, and a search and a note when one note is added', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    await manager.sync();
    await rep.sync();
    expect(await manager.sync()).toBe(1);
    expect(await rep.sync()).toBe(1);
    ledger.note(MANAGER, 'n-1', 'Call the Acme list first.');
    expect(await manager.sync()).toBe(2);
    expect(await rep.sync()).toBe(1);
    expect(rep.peerEvents.at(-1)?.type).toBe('note.added');
    expect(world.crm.notes()).toHaveLength(2);
  });

  it('refuses an altered note: nothing applied, "could not be verified"', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    await manager.sync();
    await rep.sync();
    ledger.note(MANAGER, 'n-1', 'A note the admin will alter.');
    await manager.sync();
    const latest = world.crm.notes().at(-1);
    world.crm.adminNote({ id: latest?.id as string, flipAt: 20 });
    await rep.sync();
    expect(rep.lastRead?.status).toBe('unverified');
    expect(rep.peerEvents).toHaveLength(1);
    expect(readNotice(rep.lastRead as ReadOutcome, 'hubspot', context)?.message).toMatch(
      /^This record could not be verified/,
    );
  });

  it('keeps a second story for an event already seen out as a fork', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    ledger.note(MANAGER, 'n-1', 'What the rep saw.');
    await manager.sync();
    await rep.sync();
    const seen = [...rep.peerEvents];
    // Someone with the key writes another event 2 into a new note.
    const other = new Ledger();
    other.issue();
    other.note(MANAGER, 'n-1', 'Another story.');
    other.note(MANAGER, 'n-2', 'And more.');
    const chunk = JSON.stringify({
      author: MANAGER.id,
      events: other.of(MANAGER).slice(1),
      format: 'onpace.log',
      plan: PLAN_ID,
      v: 1,
    });
    const blob = await sealChunk(
      world.key,
      { plan: PLAN_ID, author: MANAGER.id, log: logName(world.channel, MANAGER.id) },
      chunk,
    );
    world.crm.adminNote({ id: world.crm.notes()[0]?.id as string, body: blob });
    await rep.sync();
    expect(rep.lastRead).toMatchObject({ status: 'refused', problem: { code: 'fork', seq: 2 } });
    expect(rep.peerEvents).toEqual(seen);
  });

  it('does not write a note twice when stopped after writing it, before recording it', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    ledger.note(MANAGER, 'n-1', 'Written once.');
    await expect(
      manager.sync(async (checkpoints) => {
        if (checkpoints.own.writtenThroughSeq > 0) throw new Error('worker stopped');
        manager.checkpoints = checkpoints;
      }),
    ).rejects.toThrow('worker stopped');
    expect(world.crm.notes()).toHaveLength(1);
    expect(manager.checkpoints.own.writtenThroughSeq).toBe(0);
    await manager.sync();
    expect(world.crm.notes()).toHaveLength(1);
    expect(manager.checkpoints.own.writtenThroughSeq).toBe(2);
    await rep.sync();
    expect(rep.peerEvents).toHaveLength(2);
  });

  it("searches only the plan rep's notes, not the whole portal's", async () => {
    const { manager } = browsers();
    ledger.issue();
    await manager.sync();
    // A sealed-looking note owned by someone else: the manager (team access) can read it.
    const other = await world.manager.http.call({
      crm: 'hubspot',
      url: 'https://api.hubapi.com/crm/v3/objects/notes',
      token: world.team.manager.hubspotToken,
      schema: z.object({ id: z.string() }),
      json: {
        properties: {
          hs_timestamp: '2026-11-18T21:05:00.000Z',
          hs_note_body: `onpace1.${logName(world.channel, MANAGER.id)}.${'A'.repeat(60)}`,
          hubspot_owner_id: world.manager.hubspotOwnerId,
        },
      },
    });
    expect(other.ok).toBe(true);
    const all = await world.manager.notes.notesSince(NO_NOTES_CURSOR);
    const rep = await world.manager.notes.notesSince(NO_NOTES_CURSOR, world.rep.hubspotOwnerId);
    if (all.status !== 'ok' || rep.status !== 'ok') throw new Error('search failed');
    expect(all.notes).toHaveLength(2);
    expect(rep.notes).toHaveLength(1);
  });

  it('words missing scopes, limits and offline plainly', async () => {
    const { manager } = browsers();
    ledger.issue();
    const outcomeOf = async (kind: string): Promise<string | undefined> => {
      world.crm.setFaults([{ match: '/crm/', kind: kind as never, times: 10 }]);
      const before = manager.checkpoints;
      await manager.sync();
      world.crm.setFaults([]);
      expect(manager.checkpoints).toEqual(before);
      return readNotice(manager.lastRead as ReadOutcome, 'hubspot', context)?.message;
    };
    expect(await outcomeOf('no-access')).toMatch(/does not include notes/);
    expect(await outcomeOf('limit-exceeded')).toMatch(/daily API limit is used up/);
    expect(await outcomeOf('reset')).toMatch(/Could not reach HubSpot/);
  });
});
