/**
 * Plan keys in this browser (docs/ledger-transport.md): made when the manager issues a plan,
 * received by the rep from an invite code, stored in the `onpace-secrets` database as
 * non-extractable `CryptoKey`s. The raw bytes exist only for a moment, to make or read an invite
 * code; they are never logged, never written to the CRM, never put in a bundle.
 */
import { type PlanKeyRecord, secretsDb } from '../storage/secrets';
import { CHANNEL_BYTES, importPlanKey, PLAN_KEY_BYTES } from './crypto';
import { formatInviteCode, parseInviteCode } from './invite-code';

export interface PlanKey {
  readonly plan: string;
  readonly key: CryptoKey;
  readonly channel: string;
}

export type AcceptInviteResult =
  | { readonly ok: true; readonly plan: string }
  | { readonly ok: false; readonly error: string };

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** This browser's device key, made on first use: it wraps plan keys so the manager can show an invite again. */
async function deviceKey(): Promise<CryptoKey> {
  const db = secretsDb();
  const existing = await db.deviceKeys.get('device');
  if (existing) return existing.key;
  // Made outside the transaction (an IndexedDB transaction cannot wait on WebCrypto); of two
  // racing first uses, the one stored first wins and both return it.
  const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  return db.transaction('rw', db.deviceKeys, async () => {
    const stored = await db.deviceKeys.get('device');
    if (stored) return stored.key;
    await db.deviceKeys.put({ name: 'device', key: made });
    return made;
  });
}

function publicPart(record: PlanKeyRecord): PlanKey {
  return { plan: record.plan, key: record.key, channel: record.channel };
}

/**
 * A new key and channel for a plan being issued. Refuses to replace an existing one: the rep's
 * copy of that key would then read nothing new.
 */
export async function createPlanKey(plan: string): Promise<PlanKey> {
  const existing = await secretsDb().planKeys.get(plan);
  if (existing) throw new Error(`plan ${plan} already has a key`);
  const raw = crypto.getRandomValues(new Uint8Array(PLAN_KEY_BYTES));
  const channel = hex(crypto.getRandomValues(new Uint8Array(CHANNEL_BYTES)));
  const key = await importPlanKey(raw);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await deviceKey(), raw);
  raw.fill(0);
  const record: PlanKeyRecord = { plan, key, channel, wrapped: { iv, data } };
  await secretsDb().planKeys.put(record);
  return publicPart(record);
}

export async function planKeyFor(plan: string): Promise<PlanKey | null> {
  const record = await secretsDb().planKeys.get(plan);
  return record ? publicPart(record) : null;
}

/** The plan's invite code again (manager only: a key received from an invite is not passed on). */
export async function inviteCodeFor(plan: string): Promise<string | null> {
  const record = await secretsDb().planKeys.get(plan);
  if (!record?.wrapped) return null;
  const raw = new Uint8Array(
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: record.wrapped.iv },
      await deviceKey(),
      record.wrapped.data,
    ),
  );
  try {
    return await formatInviteCode({ planId: plan, key: raw, channel: record.channel });
  } finally {
    raw.fill(0);
  }
}

/** The rep pastes the code: the key is stored and the plan's logs become readable. */
export async function acceptInviteCode(text: string): Promise<AcceptInviteResult> {
  const parsed = await parseInviteCode(text);
  if (!parsed.ok) return parsed;
  const { planId, key: raw, channel } = parsed.invite;
  try {
    const existing = await secretsDb().planKeys.get(planId);
    if (existing && existing.channel !== channel) {
      return {
        ok: false,
        error:
          'OnPace already holds another key for this plan: ask your manager for the plan’s current invite code.',
      };
    }
    if (existing) return { ok: true, plan: planId };
    const key = await importPlanKey(raw);
    await secretsDb().planKeys.put({ plan: planId, key, channel, wrapped: null });
    return { ok: true, plan: planId };
  } finally {
    raw.fill(0);
  }
}

export async function forgetPlanKey(plan: string): Promise<void> {
  await secretsDb().planKeys.delete(plan);
}

/** "Delete all data": every plan key and the device key go; the CRM copies become unreadable here. */
export async function forgetAllKeys(): Promise<void> {
  const db = secretsDb();
  await db.transaction('rw', db.planKeys, db.deviceKeys, async () => {
    await db.planKeys.clear();
    await db.deviceKeys.clear();
  });
}
