/**
 * The bundle file's envelope and its version migration (src/schemas/bundle.ts), each refusal
 * exactly: what is not an object, another format, a version that is not a whole number from 1,
 * text that is not JSON, and a version-1 row that stops the migration. Every refusal is a
 * ValidationError of the bundle naming the field.
 */
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_FORMAT,
  type ParseResult,
  safeParseBundle,
  safeParseBundleText,
  ValidationError,
} from '../src/schemas/index.js';
import { validBundle } from './support/valid-bundle.js';

function refusal(result: ParseResult<unknown>): ValidationError {
  if (result.success) throw new Error('expected a refusal');
  expect(result.error).toBeInstanceOf(ValidationError);
  expect(result.error.name).toBe('ValidationError');
  expect(result.error.subject).toBe('bundle');
  expect(result.error.message).toMatch(/^Invalid bundle: /);
  return result.error;
}

describe('the bundle envelope', () => {
  it('refuses a value that is not a JSON object, at the root', () => {
    for (const value of [null, 42, 'text', [validBundle()]]) {
      expect(refusal(safeParseBundle(value)).problems).toEqual([
        { path: '(root)', message: 'must be a JSON object (an OnPace bundle file)' },
      ]);
    }
  });

  it('refuses another format, saying which one it must be', () => {
    expect(refusal(safeParseBundle({ ...validBundle(), format: 'other' })).problems).toEqual([
      { path: 'format', message: `must be "${BUNDLE_FORMAT}": this is not an OnPace bundle file` },
    ]);
  });

  it('refuses a version that is not a whole number from 1', () => {
    for (const version of [0, -1, 1.5, '2', undefined, null]) {
      expect(refusal(safeParseBundle({ ...validBundle(), version })).problems).toEqual([
        { path: 'version', message: 'must be a whole number from 1' },
      ]);
    }
  });

  it('refuses text that is not JSON at the root, with the parser’s reason', () => {
    const problems = refusal(safeParseBundleText('{"format":')).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('(root)');
    expect(problems[0]?.message).toMatch(/^is not valid JSON \(.+\)$/);
  });
});

describe('the version-1 migration', () => {
  it('names the bad field of a version-1 row as a bundle problem', () => {
    const v1 = { ...validBundle(), version: 1, plans: [{ ...validBundle().plans[0], title: 42 }] };
    const error = refusal(safeParseBundle(v1));
    expect(error.problems.map((problem) => problem.path)).toEqual(['plans[0].title']);
  });

  it('reads a bundle of the current version as a bundle, refusing its bad fields as the bundle', () => {
    const bad = { ...validBundle(), exportedAt: 'yesterday' };
    expect(refusal(safeParseBundle(bad)).problems.map((problem) => problem.path)).toEqual(['exportedAt']);
  });
});
