import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, UserManifest } from 'wxt';
import { ONPACE_EXTENSION_ID } from '../src/extension-id';
import config from '../wxt.config';

/** Chrome's rule: first 32 hex digits of sha256(public key DER), with 0-f written as a-p. */
function extensionIdFromPublicKey(base64Der: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Der, 'base64')).digest('hex').slice(0, 32);
  return [...hex]
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16)))
    .join('');
}

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<UserManifest> {
  const env: ConfigEnv = { mode: 'production', command: 'build', browser, manifestVersion: 3 };
  const manifest = config.manifest;
  return typeof manifest === 'function' ? await manifest(env) : ((await manifest) ?? {});
}

describe('extension id', () => {
  it('is the id Chrome derives from the manifest key in wxt.config.ts', async () => {
    const { key } = await manifestFor('chrome');
    expect(key, 'wxt.config.ts must set manifest.key for Chrome').toBeTypeOf('string');
    expect(extensionIdFromPublicKey(key ?? '')).toBe(ONPACE_EXTENSION_ID);
  });

  it('has the shape of a Chrome extension id', () => {
    expect(ONPACE_EXTENSION_ID).toMatch(/^[a-p]{32}$/);
  });

  it('is left out of the Firefox manifest, which identifies add-ons differently', async () => {
    const manifest = await manifestFor('firefox');
    expect(manifest.key).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });
});
