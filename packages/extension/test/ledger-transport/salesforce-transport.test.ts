import { canonicalJson, hashEvent, type LedgerEventInput } from '@onpace/core/ledger';
import { logName } from '@onpace/core/ledger-log';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toBase64 } from '../../src/ledger-transport/base64url';
import { readNotice, writeNotice } from '../../src/ledger-transport/fault-messages';
import type { ReadOutcome } from '../../src/ledger-transport/outcome';
import { sealLog } from '../../src/ledger-transport/seal-log';
import {
  NO_SALESFORCE_CHECKPOINTS,
  type SalesforceCheckpoints,
  syncPlanOverSalesforce,
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

/** One browser: its events as it holds them (its own and the other person's verified ones), its checkpoints. */
class Browser {
  checkpoints: SalesforceCheckpoints = NO_SALESFORCE_CHECKPOINTS;
  peerEvents: LedgerEventInput[] = [];
  lastRead: ReadOutcome | null = null;

  constructor(
    readonly person: Person,
    readonly me: { id: string },
    readonly peer: { id: string },
    readonly peerUserId: string | null,
  ) {}

  /** One sync; returns the requests it sent. */
  async sync(save?: (checkpoints: SalesforceCheckpoints) => Promise<void>): Promise<number> {
    const before = this.person.http.requests('salesforce');
    const result = await syncPlanOverSalesforce({
      logs: {
        plan: PLAN_ID,
        key: world.key,
        channel: world.channel,
        me: this.me.id,
        myEvents: ledger.of(this.me),
        peer: this.peer.id,
        peerEvents: this.peerEvents,
      },
      client: this.person.files,
      peerUserId: this.peerUserId,
      checkpoints: this.checkpoints,
      save:
        save ??
        (async (checkpoints) => {
          this.checkpoints = checkpoints;
        }),
    });
    this.lastRead = result.read;
    if (result.read.status === 'extended') this.peerEvents.push(...result.read.added);
    if (result.write?.status === 'fault') throw new Error(writeNotice(result.write, context)?.message);
    return this.person.http.requests('salesforce') - before;
  }
}

function browsers(): { manager: Browser; rep: Browser } {
  return {
    manager: new Browser(world.manager, MANAGER, REP, world.rep.salesforceUserId),
    // The rep learns the manager's User Id from the manager's file.
    rep: new Browser(world.rep, REP, MANAGER, null),
  };
}

const managerTitle = () => logName(world.channel, MANAGER.id);

describe('the ledger through Salesforce Files, two users', () => {
  it('the manager uploads and shares; the rep finds, decrypts and verifies it; then back', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    ledger.note(MANAGER, 'n-1', 'Open with the follow-up.');
    expect(await manager.sync()).toBe(5);

    const file = world.crm.files().find((candidate) => candidate.title === managerTitle());
    expect(file).toMatchObject({
      ownerId: world.manager.salesforceUserId,
      sharedWith: [world.rep.salesforceUserId],
    });
    // What an admin browsing Files sees names neither the plan nor anyone in it.
    for (const secret of [PLAN_ID, MANAGER.id, REP.id, 'Open with', 'Jordan', 'Morgan']) {
      expect(JSON.stringify(file)).not.toContain(secret);
    }

    await rep.sync();
    expect(rep.lastRead?.status).toBe('extended');
    expect(rep.peerEvents.map((event) => canonicalJson(event))).toEqual(
      ledger.of(MANAGER).map((event) => canonicalJson(event)),
    );

    // The rep acknowledges; the manager reads it through the rep's own file, shared back.
    const revision = ledger.of(MANAGER)[0] as LedgerEventInput;
    ledger.write({
      author: REP,
      type: 'plan.acknowledged',
      body: { revision: hashEvent(revision) },
    });
    await rep.sync();
    await manager.sync();
    expect(manager.lastRead?.status).toBe('extended');
    expect(manager.peerEvents.map((event) => event.type)).toEqual(['plan.acknowledged']);
  });

  it('costs one query when nothing changed, and three then two when one note is added', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    await manager.sync();
    await rep.sync();
    await manager.sync();
    expect(await manager.sync()).toBe(1);
    expect(await rep.sync()).toBe(1);

    ledger.note(MANAGER, 'n-1', 'Call the Acme list first.');
    // A new version, and the share checked again (an admin may have removed it).
    expect(await manager.sync()).toBe(3);
    // The links, then the changed version's body.
    expect(await rep.sync()).toBe(2);
    expect(rep.peerEvents.at(-1)?.type).toBe('note.added');
  });

  it('serves every plan of a run from one listing of the user’s Files', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    await manager.sync();
    await rep.sync();
    await manager.sync();
    const before = world.manager.http.requests('salesforce');
    const listing = await world.manager.files.visibleFiles();
    if (listing.status !== 'ok') throw new Error('listing failed');
    for (let plan = 0; plan < 3; plan++) {
      const result = await syncPlanOverSalesforce({
        logs: {
          plan: PLAN_ID,
          key: world.key,
          channel: world.channel,
          me: MANAGER.id,
          myEvents: ledger.of(MANAGER),
          peer: REP.id,
          peerEvents: manager.peerEvents,
        },
        client: world.manager.files,
        peerUserId: world.rep.salesforceUserId,
        checkpoints: manager.checkpoints,
        save: async () => undefined,
        files: listing.files,
      });
      // The rep has written nothing yet; the manager's file is up to date.
      expect(result).toEqual({ read: { status: 'not-shared-yet' }, write: { status: 'unchanged' } });
    }
    expect(world.manager.http.requests('salesforce') - before).toBe(1);
  });

  it('refuses a file altered by an admin: nothing applied, "could not be verified"', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    await manager.sync();
    await rep.sync();
    ledger.note(MANAGER, 'n-1', 'A note the admin will alter.');
    await manager.sync();
    world.crm.adminFile({ action: 'alter', title: managerTitle(), byte: 30 });
    await rep.sync();
    expect(rep.lastRead?.status).toBe('unverified');
    expect(rep.peerEvents).toHaveLength(1);
    expect(readNotice(rep.lastRead as ReadOutcome, 'salesforce', context)?.message).toMatch(
      /^This record could not be verified: Morgan's record in Salesforce was altered/,
    );
  });

  it('keeps a rewritten history out as a fork, and keeps the earlier record', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    ledger.note(MANAGER, 'n-1', 'What the rep saw.');
    await manager.sync();
    await rep.sync();
    const seen = [...rep.peerEvents];

    // The manager's history, rewritten from event 2 on, sealed with the right key and put in
    // place of the file by the admin endpoint.
    const rewritten = new Ledger();
    rewritten.issue();
    rewritten.note(MANAGER, 'n-1', 'Something else entirely.');
    rewritten.note(MANAGER, 'n-2', 'And more.');
    const blobs = await sealLog(
      world.key,
      { plan: PLAN_ID, author: MANAGER.id, log: managerTitle() },
      rewritten.of(MANAGER),
    );
    const content = JSON.stringify({
      format: 'onpace.sealed-file',
      v: 1,
      blobs: blobs.map((chunk) => chunk.blob),
    });
    world.crm.adminFile({
      action: 'replace',
      title: managerTitle(),
      versionData: toBase64(new TextEncoder().encode(content)),
    });

    await rep.sync();
    expect(rep.lastRead).toMatchObject({ status: 'refused', problem: { code: 'fork', seq: 2 } });
    expect(rep.peerEvents).toEqual(seen);
    expect(readNotice(rep.lastRead as ReadOutcome, 'salesforce', context)).toMatchObject({
      code: 'fork',
      message: expect.stringContaining('the earlier record is kept'),
    });
    // Not downloaded again while the file does not change: the one query only.
    expect(await rep.sync()).toBe(1);
    expect(rep.lastRead?.status).toBe('unchanged');
  });

  it('resumes without a second file when stopped between the upload and the share', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    // The worker is stopped at the first checkpoint write: after the upload, before the share.
    await expect(
      manager.sync(async () => {
        throw new Error('worker stopped');
      }),
    ).rejects.toThrow('worker stopped');
    expect(world.crm.files()).toHaveLength(1);
    expect(world.crm.files()[0]?.sharedWith).toEqual([]);
    expect(manager.checkpoints).toEqual(NO_SALESFORCE_CHECKPOINTS);

    await manager.sync();
    const files = world.crm.files();
    expect(files).toHaveLength(1);
    expect(files[0]?.sharedWith).toEqual([world.rep.salesforceUserId]);
    await rep.sync();
    expect(rep.peerEvents).toHaveLength(1);
  });

  it('says so when an admin deletes or unshares the file, and recovers at the owner’s next sync', async () => {
    const { manager, rep } = browsers();
    ledger.issue();
    await manager.sync();
    await rep.sync();

    world.crm.adminFile({ action: 'unshare', title: managerTitle(), userId: world.rep.salesforceUserId });
    await rep.sync();
    expect(rep.lastRead?.status).toBe('missing');
    expect(readNotice(rep.lastRead as ReadOutcome, 'salesforce', context)?.message).toContain(
      'no longer shared with you in Salesforce',
    );
    ledger.note(MANAGER, 'n-1', 'After the unshare.');
    await manager.sync();
    await rep.sync();
    expect(rep.lastRead?.status).toBe('extended');

    world.crm.adminFile({ action: 'delete', title: managerTitle() });
    await rep.sync();
    expect(rep.lastRead?.status).toBe('missing');
    // The owner writes a new file with the whole log and shares it again; the rep's record holds.
    await manager.sync();
    await rep.sync();
    expect(rep.lastRead?.status).toBe('unchanged');
    expect(rep.peerEvents).toHaveLength(2);
    expect(world.crm.files().filter((file) => !file.deleted && file.title === managerTitle())).toHaveLength(
      1,
    );
  });

  it('words API access turned off, no right to share, limits and offline plainly', async () => {
    const { manager } = browsers();
    ledger.issue();
    const outcomeOf = async (kind: string): Promise<string | undefined> => {
      world.crm.setFaults([{ match: '/services/', kind: kind as never, times: 10 }]);
      const result = await syncPlanOverSalesforce({
        logs: {
          plan: PLAN_ID,
          key: world.key,
          channel: world.channel,
          me: MANAGER.id,
          myEvents: ledger.of(MANAGER),
          peer: REP.id,
          peerEvents: [],
        },
        client: world.manager.files,
        peerUserId: world.rep.salesforceUserId,
        checkpoints: manager.checkpoints,
        save: async () => undefined,
      });
      world.crm.setFaults([]);
      return readNotice(result.read, 'salesforce', context)?.message;
    };
    expect(await outcomeOf('api-disabled')).toMatch(/API access is turned off for your org.*Nothing is lost/);
    expect(await outcomeOf('insufficient-access')).toMatch(/may not create or share Files/);
    expect(await outcomeOf('limit-exceeded')).toMatch(/daily API limit is used up/);
    expect(await outcomeOf('reset')).toMatch(/Could not reach Salesforce/);
  });
});
