/**
 * The invite code: the one deliberate export of a plan's key, carried once from the manager to
 * the rep (copied as text or scanned as a QR code). It holds the plan id, the raw key and the
 * log channel, in Crockford base32 (groups of five, easy to read aloud, forgiving of case,
 * spaces, dashes, O for 0 and I or L for 1), with a check over the payload so that a typo is
 * refused before a wrong key is ever stored.
 *
 * `ONPACE1-XXXXX-XXXXX-…-CCCC`: payload = [plan id length (1 byte)] [plan id, UTF-8] [key, 32]
 * [channel, 16]; CCCC = the first 20 bits of SHA-256(payload).
 */
import { CHANNEL_BYTES, PLAN_KEY_BYTES } from './crypto';

export const INVITE_PREFIX = 'ONPACE1';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_CHARS = 4;
const MAX_PLAN_ID_BYTES = 200;

export interface PlanInvite {
  readonly planId: string;
  /** The raw AES-GCM-256 key: import it at once (`importPlanKey`) and let this go. */
  readonly key: Uint8Array<ArrayBuffer>;
  /** The random channel the log names are made from (hex). */
  readonly channel: string;
}

export type InviteParse =
  | { readonly ok: true; readonly invite: PlanInvite }
  | { readonly ok: false; readonly error: string };

function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Uint8Array<ArrayBuffer> | null {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return new Uint8Array(bytes);
}

async function checkOf(payload: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', payload));
  return toBase32(digest.subarray(0, 3)).slice(0, CHECK_CHARS);
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length / 2);
  for (let index = 0; index < bytes.length; index++)
    bytes[index] = Number.parseInt(text.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

export async function formatInviteCode(invite: PlanInvite): Promise<string> {
  const planId = new TextEncoder().encode(invite.planId);
  if (planId.length === 0 || planId.length > MAX_PLAN_ID_BYTES)
    throw new RangeError('plan id must be 1–200 bytes');
  if (invite.key.length !== PLAN_KEY_BYTES) throw new RangeError(`a plan key is ${PLAN_KEY_BYTES} bytes`);
  if (!/^[0-9a-f]{32}$/.test(invite.channel)) throw new RangeError('a channel is 16 bytes of hex');
  const payload = new Uint8Array(1 + planId.length + PLAN_KEY_BYTES + CHANNEL_BYTES);
  payload[0] = planId.length;
  payload.set(planId, 1);
  payload.set(invite.key, 1 + planId.length);
  payload.set(fromHex(invite.channel), 1 + planId.length + PLAN_KEY_BYTES);
  const body = toBase32(payload) + (await checkOf(payload));
  const groups = body.match(/.{1,5}/g) ?? [];
  return [INVITE_PREFIX, ...groups].join('-');
}

/** What a person typed or pasted, read forgivingly; a refusal says what to do. */
export async function parseInviteCode(text: string): Promise<InviteParse> {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const prefix = INVITE_PREFIX.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!cleaned.startsWith(prefix)) {
    return { ok: false, error: `This is not an OnPace invite code: it starts with ${INVITE_PREFIX}-.` };
  }
  const body = cleaned.slice(prefix.length);
  const bad = [...body].find((char) => !ALPHABET.includes(char));
  if (bad !== undefined) {
    return {
      ok: false,
      error: `This invite code has a character that cannot be in one ("${bad}"): check it against the original.`,
    };
  }
  const payload = fromBase32(body.slice(0, -CHECK_CHARS));
  const minimum = 1 + 1 + PLAN_KEY_BYTES + CHANNEL_BYTES;
  if (body.length <= CHECK_CHARS || payload === null || payload.length < minimum) {
    return {
      ok: false,
      error: 'This invite code is too short: part of it is missing. Copy the whole code again.',
    };
  }
  if ((await checkOf(payload)) !== body.slice(-CHECK_CHARS)) {
    return {
      ok: false,
      error: 'This invite code has a typo: check it against the original, or ask for it again.',
    };
  }
  const planIdLength = payload[0] ?? 0;
  if (payload.length !== 1 + planIdLength + PLAN_KEY_BYTES + CHANNEL_BYTES) {
    return { ok: false, error: 'This invite code is damaged: ask for it again.' };
  }
  let planId: string;
  try {
    planId = new TextDecoder('utf-8', { fatal: true }).decode(payload.subarray(1, 1 + planIdLength));
  } catch {
    return { ok: false, error: 'This invite code is damaged: ask for it again.' };
  }
  const keyStart = 1 + planIdLength;
  return {
    ok: true,
    invite: {
      planId,
      key: payload.slice(keyStart, keyStart + PLAN_KEY_BYTES),
      channel: hex(payload.subarray(keyStart + PLAN_KEY_BYTES)),
    },
  };
}
