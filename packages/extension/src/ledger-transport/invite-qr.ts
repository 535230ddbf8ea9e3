/**
 * The invite code as a QR code, for the manager's popup: the rep scans it with a phone and pastes
 * the text, or the manager's screen is read across a desk. uqr (unjs) draws it: no dependencies,
 * ESM with types, and it returns the module matrix and an SVG string without a canvas or the DOM,
 * so the same code runs in the popup, the service worker and Node tests.
 *
 * Level M error correction (15 %) survives a glare or a smudge on a screen; the border is the
 * four modules the QR specification asks for, so phone cameras lock on quickly. The code is
 * upper-case letters, digits and dashes, which QR's alphanumeric mode packs densely.
 */
import { encode, renderSVG } from 'uqr';

const OPTIONS = { ecc: 'M', border: 4 } as const;

export interface InviteQr {
  /** Modules per side, the border included. */
  readonly size: number;
  /** `true` for a dark module, row by row. */
  readonly modules: readonly (readonly boolean[])[];
  /** A self-contained SVG image, black on white. */
  readonly svg: string;
}

export function inviteQr(code: string): InviteQr {
  const encoded = encode(code, OPTIONS);
  return { size: encoded.size, modules: encoded.data, svg: renderSVG(code, { ...OPTIONS, pixelSize: 4 }) };
}
