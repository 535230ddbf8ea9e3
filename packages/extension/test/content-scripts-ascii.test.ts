import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Chrome refuses a content script holding some raw non-ASCII characters
// ("It isn't UTF-8 encoded") and says so nowhere visible; this guards the
// `charset: 'ascii'` output option in wxt.config.ts.
const outDir = fileURLToPath(new URL('../.output/chrome-mv3/', import.meta.url));
const scriptsDir = `${outDir}content-scripts/`;

const BuiltManifest = z.object({
  content_scripts: z.array(z.object({ js: z.array(z.string()).optional() })).min(1),
});

function requireBuild(): void {
  if (!existsSync(`${outDir}manifest.json`) || !existsSync(scriptsDir)) {
    throw new Error(
      `No Chrome build at ${outDir}: run \`pnpm --filter @onpace/extension build\` first (turbo's test task depends on build).`,
    );
  }
}

function firstNonAscii(text: string): { index: number; codePoint: string } | undefined {
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index) ?? 0;
    if (code > 0x7f) return { index, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
  }
  return undefined;
}

describe('built content scripts', () => {
  it('include every script the manifest declares', () => {
    requireBuild();
    const manifest = BuiltManifest.parse(JSON.parse(readFileSync(`${outDir}manifest.json`, 'utf8')));
    const declared = manifest.content_scripts.flatMap((script) => script.js ?? []);
    expect(declared.length).toBeGreaterThan(0);
    for (const file of declared) expect(existsSync(`${outDir}${file}`), `${file} is missing`).toBe(true);
  });

  it('are pure ASCII', () => {
    requireBuild();
    const files = readdirSync(scriptsDir).filter((name) => name.endsWith('.js') || name.endsWith('.css'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const found = firstNonAscii(readFileSync(`${scriptsDir}${name}`, 'utf8'));
      expect(
        found,
        `content-scripts/${name} has ${found?.codePoint} at offset ${found?.index}`,
      ).toBeUndefined();
    }
  });
});
