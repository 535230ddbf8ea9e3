/**
 * Whatever arrives (arbitrary JSON, or a valid bundle with one part broken), the parser answers
 * with data or a ValidationError, never another exception, and its answer stays within a small
 * multiple of the input's size: the work it does is bounded by what it was given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseBundle, safeParseBundleText, ValidationError } from '../src/schemas/index.js';
import { validBundle } from './support/valid-bundle.js';

/** Header, 20 problems of at most 200 characters, and the count of the rest. */
const MAX_MESSAGE_CHARS = 4_500;

function expectBoundedAnswer(input: unknown): void {
  const inputSize = JSON.stringify(input)?.length ?? 0;
  let result: ReturnType<typeof safeParseBundle>;
  try {
    result = safeParseBundle(input);
  } catch (error) {
    throw new Error(`the parser threw ${String(error)} for ${JSON.stringify(input).slice(0, 300)}`);
  }
  if (result.success) {
    // Defaults fill a few hundred characters per plan at most; never more than 4× the input.
    expect(JSON.stringify(result.data).length).toBeLessThanOrEqual(4 * inputSize + 2_000);
    return;
  }
  expect(result.error).toBeInstanceOf(ValidationError);
  expect(result.error.problems.length).toBeGreaterThan(0);
  expect(result.error.problems.length).toBeLessThanOrEqual(inputSize + 1);
  expect(result.error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`, the root excluded. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

type Mutation = { kind: 'replace'; with: Json } | { kind: 'delete' } | { kind: 'repeat'; times: number };

/** Applies one mutation at `path`: a new value, the key removed, or an array entry repeated. */
function mutate(root: Json, path: (string | number)[], mutation: Mutation): Json {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === 'replace') parent[last] = mutation.with;
  else if (Array.isArray(parent) && typeof last === 'number') {
    if (mutation.kind === 'delete') parent.splice(last, 1);
    else parent.splice(last, 0, ...Array.from({ length: mutation.times }, () => parent[last] as Json));
  } else if (mutation.kind === 'delete') delete parent[last];
  else parent[last] = Array.from({ length: mutation.times }, () => parent[last] as Json);
  return copy;
}

const base = validBundle() as unknown as Json;
const basePaths = pathsOf(base);

/** Values a careless file holds: any JSON, plus dates and numbers at the edges. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('0001-01-01', '9999-12-31', '2026-02-30', -1, 1e308, '', 'x'.repeat(10_000)),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  hostileValue.map((value): Mutation => ({ kind: 'replace', with: value })),
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.integer({ min: 2, max: 50 }).map((times): Mutation => ({ kind: 'repeat', times })),
);

describe('the bundle parser on hostile input', () => {
  it('answers arbitrary JSON with a bounded ValidationError', () => {
    fc.assert(fc.property(fc.jsonValue(), expectBoundedAnswer), { numRuns: 300 });
  });

  it('answers arbitrary JSON under a bundle header with bounded data or a bounded ValidationError', () => {
    const parts = fc.dictionary(
      fc.constantFrom('plans', 'activities', 'notes', 'checkIns', 'acknowledgments', 'rollups', 'exportedAt'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(parts, (body) => expectBoundedAnswer({ format: 'onpace.bundle', version: 1, ...body })),
      { numRuns: 300 },
    );
  });

  it('answers a valid bundle with one to three parts broken with bounded data or a bounded ValidationError', () => {
    const change = fc.tuple(fc.constantFrom(...basePaths), mutation);
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        let bundle = base;
        for (const [path, how] of changes) {
          // An earlier change may have removed the path; skip a change that no longer applies.
          try {
            bundle = mutate(bundle, path, how);
          } catch {}
        }
        expectBoundedAnswer(bundle);
      }),
      { numRuns: 500 },
    );
  });

  it('answers any text with a ValidationError when it is not a bundle', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = safeParseBundleText(text);
        if (!result.success) expect(result.error).toBeInstanceOf(ValidationError);
      }),
      { numRuns: 300 },
    );
  });
});
