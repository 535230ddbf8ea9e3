import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ONPACE_EXTENSION_ID } from '../src/config/extension';

describe('the extension id the dashboard messages', () => {
  it('matches packages/extension/src/extension-id.ts', () => {
    const source = readFileSync(
      fileURLToPath(new URL('../../extension/src/extension-id.ts', import.meta.url)),
      'utf8',
    );
    const match = /ONPACE_EXTENSION_ID\s*=\s*'([a-p]{32})'/.exec(source);
    expect(match?.[1]).toBeDefined();
    expect(ONPACE_EXTENSION_ID).toBe(match?.[1]);
  });
});
