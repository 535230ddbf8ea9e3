/**
 * How an encrypted log chunk is written into the CRM: `onpace1.<log name>.<base64url>`, where the
 * base64url holds the 12-byte IV followed by the AES-GCM ciphertext and its 16-byte tag. Plain
 * text without quotes or markup, so a HubSpot note body (rich text) keeps it exactly, and nothing
 * in it names the plan or a person: the log name is opaque (log-name.ts).
 *
 * A Salesforce file holds the whole log: a JSON object listing its blobs (`SealedFile`).
 */
import { z } from 'zod';
import { problemsOf } from '../schemas/validation.js';

export const SEALED_PREFIX = 'onpace1';
/** HubSpot's limit on `hs_note_body`, in characters. */
export const NOTE_BODY_LIMIT = 65_536;
export const IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;

const LOG_NAME = /^op-[0-9a-f]{32}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export const SealedBlob = z.strictObject({
  log: z.string().regex(LOG_NAME, { message: 'must be an opaque log name: op- and 32 hex digits' }),
  data: z
    .string()
    .min(Math.ceil(((IV_BYTES + GCM_TAG_BYTES) * 4) / 3), { message: 'is too short to hold an IV and a tag' })
    .regex(BASE64URL, { message: 'must be base64url text' }),
});
export type SealedBlob = z.infer<typeof SealedBlob>;

export function formatSealedBlob(blob: SealedBlob): string {
  return `${SEALED_PREFIX}.${blob.log}.${blob.data}`;
}

export type SealedParse<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

function failure(subject: string, error: z.ZodError): { ok: false; error: string } {
  const fields = problemsOf(error).map((problem) => `${subject}.${problem.path}: ${problem.message}`);
  return { ok: false, error: fields.join('; ') };
}

/** Reads a blob's text; anything else (someone's ordinary note, a cut body) is refused with a reason. */
export function parseSealedBlob(text: string): SealedParse<SealedBlob> {
  const parts = text.trim().split('.');
  if (parts.length !== 3 || parts[0] !== SEALED_PREFIX) {
    return { ok: false, error: `blob: must read ${SEALED_PREFIX}.<log name>.<data>` };
  }
  const parsed = SealedBlob.safeParse({ log: parts[1], data: parts[2] });
  return parsed.success ? { ok: true, value: parsed.data } : failure('blob', parsed.error);
}

/**
 * The most plaintext bytes one blob may carry so that its text stays within `limitChars`
 * (base64url without padding: 4 characters per 3 bytes).
 */
export function maxPlaintextBytes(limitChars: number = NOTE_BODY_LIMIT): number {
  const overhead = SEALED_PREFIX.length + 1 + 'op-'.length + 32 + 1;
  const bytes = Math.floor(((limitChars - overhead) * 3) / 4);
  return bytes - IV_BYTES - GCM_TAG_BYTES;
}

export const SEALED_FILE_FORMAT = 'onpace.sealed-file';

/** A Salesforce file's content: every blob of one log, in order. */
export const SealedFile = z.strictObject({
  format: z.literal(SEALED_FILE_FORMAT),
  v: z.literal(1),
  blobs: z.array(z.string().min(1)).min(1, { message: 'must hold at least one blob' }),
});
export type SealedFile = z.infer<typeof SealedFile>;

export function parseSealedFile(value: unknown): SealedParse<SealedFile> {
  const parsed = SealedFile.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : failure('file', parsed.error);
}
