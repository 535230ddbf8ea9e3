import { logName, maxPlaintextBytes, NOTE_BODY_LIMIT } from '@onpace/core/ledger-log';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/ledger-transport/base64url';
import {
  importPlanKey,
  type LogAddress,
  openChunk,
  sealChunk,
  UNVERIFIED_MESSAGE,
  UnverifiedRecordError,
} from '../../src/ledger-transport/crypto';

const manager: LogAddress = {
  plan: 'plan-jordan-90',
  author: 'u-morgan',
  log: logName('c0ffee', 'u-morgan'),
};
const chunk =
  '{"author":"u-morgan","events":[{"seq":1}],"format":"onpace.log","plan":"plan-jordan-90","v":1}';

function randomKey(): Promise<CryptoKey> {
  return importPlanKey(crypto.getRandomValues(new Uint8Array(32)));
}

async function expectUnverified(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(UnverifiedRecordError);
  await expect(promise).rejects.toThrow(UNVERIFIED_MESSAGE);
}

/** The blob with one byte of its IV-and-ciphertext flipped. */
function alterByte(blob: string, index: number): string {
  const [prefix, log, data] = blob.split('.') as [string, string, string];
  const bytes = fromBase64Url(data) as Uint8Array;
  bytes[index % bytes.length] = (bytes[index % bytes.length] as number) ^ 0x01;
  return `${prefix}.${log}.${toBase64Url(bytes)}`;
}

describe('sealing a chunk', () => {
  it('round-trips, with a fresh IV each time, and hides the plan and the person', async () => {
    const key = await randomKey();
    const first = await sealChunk(key, manager, chunk);
    const second = await sealChunk(key, manager, chunk);
    expect(first).not.toBe(second);
    expect(await openChunk(key, manager, first)).toBe(chunk);
    expect(await openChunk(key, manager, second)).toBe(chunk);
    for (const secret of ['plan-jordan-90', 'u-morgan', 'onpace.log']) expect(first).not.toContain(secret);
    expect(first.startsWith(`onpace1.${manager.log}.`)).toBe(true);
  });

  it('keeps the largest chunk within a HubSpot note body', async () => {
    const key = await randomKey();
    const blob = await sealChunk(key, manager, 'x'.repeat(maxPlaintextBytes()));
    expect(blob.length).toBeLessThanOrEqual(NOTE_BODY_LIMIT);
    expect(blob.length).toBeGreaterThan(NOTE_BODY_LIMIT - 4);
  });

  it('refuses a blob under the wrong key', async () => {
    const blob = await sealChunk(await randomKey(), manager, chunk);
    await expectUnverified(openChunk(await randomKey(), manager, blob));
  });

  it('refuses a blob with any one byte altered: in the IV, the ciphertext or the tag', async () => {
    const key = await randomKey();
    const blob = await sealChunk(key, manager, chunk);
    const size = (fromBase64Url(blob.split('.')[2] as string) as Uint8Array).length;
    for (const index of [0, 11, 12, 40, size - 16, size - 1]) {
      await expectUnverified(openChunk(key, manager, alterByte(blob, index)));
    }
  });

  it('refuses a blob presented as another plan or another author (additional data)', async () => {
    const key = await randomKey();
    const blob = await sealChunk(key, manager, chunk);
    await expectUnverified(openChunk(key, { ...manager, plan: 'plan-other' }, blob));
    await expectUnverified(openChunk(key, { ...manager, author: 'u-jordan' }, blob));
  });

  it('refuses a blob of another log, a cut blob and text that is no blob', async () => {
    const key = await randomKey();
    const blob = await sealChunk(key, manager, chunk);
    await expectUnverified(openChunk(key, { ...manager, log: logName('c0ffee', 'u-jordan') }, blob));
    await expectUnverified(openChunk(key, manager, blob.slice(0, 60)));
    await expectUnverified(openChunk(key, manager, 'Call Dana back on Tuesday.'));
  });

  it('makes keys that cannot be exported', async () => {
    const key = await randomKey();
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});
