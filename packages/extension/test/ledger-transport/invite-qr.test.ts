import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { formatInviteCode } from '../../src/ledger-transport/invite-code';
import { inviteQr } from '../../src/ledger-transport/invite-qr';

/** The modules drawn as an RGBA image, as a camera would see the popup. */
function rasterize(modules: readonly (readonly boolean[])[], scale: number): Uint8ClampedArray {
  const side = modules.length * scale;
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const dark = modules[Math.floor(y / scale)]?.[Math.floor(x / scale)] === true;
      const offset = (y * side + x) * 4;
      pixels.fill(dark ? 0 : 255, offset, offset + 3);
      pixels[offset + 3] = 255;
    }
  }
  return pixels;
}

describe('invite QR code', () => {
  it('scans back to exactly the invite code', async () => {
    const code = await formatInviteCode({
      planId: 'plan-jordan-90',
      key: crypto.getRandomValues(new Uint8Array(32)),
      channel: '0123456789abcdef0123456789abcdef',
    });
    const qr = inviteQr(code);
    const scale = 4;
    const scanned = jsQR(rasterize(qr.modules, scale), qr.size * scale, qr.size * scale);
    expect(scanned?.data).toBe(code);
  });

  it('is an SVG image the popup can show as is', () => {
    const qr = inviteQr('ONPACE1-ABCDE');
    expect(qr.svg).toMatch(/^<svg[^>]*viewBox/);
    expect(qr.modules).toHaveLength(qr.size);
  });
});
