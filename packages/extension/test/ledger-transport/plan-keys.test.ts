import { logName } from '@onpace/core/ledger-log';
import { describe, expect, it } from 'vitest';
import { openChunk, sealChunk } from '../../src/ledger-transport/crypto';
import {
  acceptInviteCode,
  createPlanKey,
  forgetAllKeys,
  forgetPlanKey,
  inviteCodeFor,
  planKeyFor,
} from '../../src/ledger-transport/plan-keys';
import { secretsDb } from '../../src/storage/secrets';

const PLAN = 'plan-jordan-90';

describe('plan keys', () => {
  it('the manager makes a key; the rep holds the same key after pasting the invite code', async () => {
    await forgetAllKeys();
    const made = await createPlanKey(PLAN);
    expect(made.key.extractable).toBe(false);
    const code = await inviteCodeFor(PLAN);
    expect(code).not.toBeNull();
    const address = { plan: PLAN, author: 'u-morgan', log: logName(made.channel, 'u-morgan') };
    const blob = await sealChunk(made.key, address, 'hello');

    // The rep's browser: another database, simulated by forgetting the manager's record.
    await forgetAllKeys();
    expect(await acceptInviteCode(code as string)).toEqual({ ok: true, plan: PLAN });
    const received = await planKeyFor(PLAN);
    expect(received?.channel).toBe(made.channel);
    expect(await openChunk(received?.key as CryptoKey, address, blob)).toBe('hello');
    // A received key is not passed on.
    expect(await inviteCodeFor(PLAN)).toBeNull();
  });

  it('stores the key as a CryptoKey, never as bytes, and refuses to replace it', async () => {
    await forgetAllKeys();
    await createPlanKey(PLAN);
    const record = await secretsDb().planKeys.get(PLAN);
    expect(record?.key).toBeInstanceOf(CryptoKey);
    expect(record?.key.extractable).toBe(false);
    await expect(createPlanKey(PLAN)).rejects.toThrow('already has a key');
  });

  it('refuses an invite for a plan that already holds another key', async () => {
    await forgetAllKeys();
    await createPlanKey(PLAN);
    const first = (await inviteCodeFor(PLAN)) as string;
    await forgetPlanKey(PLAN);
    await createPlanKey(PLAN);
    const result = await acceptInviteCode(first);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('another key') });
  });

  it('passes a typo back as a message and stores nothing', async () => {
    await forgetAllKeys();
    const result = await acceptInviteCode('ONPACE1-ABCDE-FGHJK');
    expect(result.ok).toBe(false);
    expect(await planKeyFor(PLAN)).toBeNull();
  });
});
