/**
 * Sealing and opening a log's chunks (docs/ledger-transport.md): AES-GCM-256 with the plan's key,
 * a fresh random 96-bit IV per blob, and the plan id and author id bound as additional data.
 * Opening fails closed: a wrong key, one altered byte or other additional data all end in the
 * same `UnverifiedRecordError`, and the caller applies nothing. Keys are `CryptoKey`s made
 * non-extractable; this module never sees a raw key except while importing one.
 */
import {
  formatSealedBlob,
  GCM_TAG_BYTES,
  IV_BYTES,
  logAdditionalData,
  parseSealedBlob,
} from '@onpace/core/ledger-log';
import { fromBase64Url, toBase64Url } from './base64url';

export const PLAN_KEY_BYTES = 32;
export const CHANNEL_BYTES = 16;

/** What a person is told when a blob fails authentication, whatever the cause. */
export const UNVERIFIED_MESSAGE = 'this record could not be verified';

export class UnverifiedRecordError extends Error {
  override readonly name = 'UnverifiedRecordError';
  constructor(readonly detail: string) {
    super(UNVERIFIED_MESSAGE);
  }
}

export interface LogAddress {
  readonly plan: string;
  readonly author: string;
  /** The opaque log name (core's `logName`). */
  readonly log: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** A raw key as a non-extractable AES-GCM key: from now on it can encrypt and decrypt, never be read. */
export function importPlanKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  if (raw.length !== PLAN_KEY_BYTES) throw new RangeError(`a plan key is ${PLAN_KEY_BYTES} bytes`);
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Encrypts one chunk's text into a blob's text (`onpace1.<log>.<data>`). */
export async function sealChunk(key: CryptoKey, address: LogAddress, plaintext: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      {
        name: 'AES-GCM',
        iv,
        additionalData: encoder.encode(logAdditionalData(address.plan, address.author)),
      },
      key,
      encoder.encode(plaintext),
    ),
  );
  const data = new Uint8Array(IV_BYTES + sealed.length);
  data.set(iv, 0);
  data.set(sealed, IV_BYTES);
  return formatSealedBlob({ log: address.log, data: toBase64Url(data) });
}

/**
 * A blob's text back to the chunk's text. Throws `UnverifiedRecordError` unless the blob is
 * well formed, names this log, and authenticates under this key and this plan and author.
 */
export async function openChunk(key: CryptoKey, address: LogAddress, blobText: string): Promise<string> {
  const blob = parseSealedBlob(blobText);
  if (!blob.ok) throw new UnverifiedRecordError(blob.error);
  if (blob.value.log !== address.log) throw new UnverifiedRecordError('the blob belongs to another log');
  const data = fromBase64Url(blob.value.data);
  if (data === null || data.length < IV_BYTES + GCM_TAG_BYTES) {
    throw new UnverifiedRecordError('the blob is not whole');
  }
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: data.subarray(0, IV_BYTES),
        additionalData: encoder.encode(logAdditionalData(address.plan, address.author)),
      },
      key,
      data.subarray(IV_BYTES),
    );
  } catch {
    throw new UnverifiedRecordError(
      'authentication failed (wrong key, altered data, or another plan or author)',
    );
  }
  try {
    return decoder.decode(plain);
  } catch {
    throw new UnverifiedRecordError('the decrypted chunk is not UTF-8 text');
  }
}
