/**
 * How a list of field problems becomes words (src/schemas/problem-list.ts), exactly: the
 * separator, where a long problem is cut and how the cut shows, and the problems a page lists
 * beside its fields.
 */
import { describe, expect, it } from 'vitest';
import { firstProblems, listProblems, MAX_LISTED_PROBLEMS } from '../src/schemas/index.js';
import { MAX_PROBLEM_CHARS } from '../src/schemas/problem-list.js';

describe('listProblems', () => {
  it('joins the problems with "; ", each as "path: message"', () => {
    expect(
      listProblems([
        { path: 'plans[0].end', message: 'is required' },
        { path: 'notes[2].id', message: 'repeats notes[0].id' },
      ]),
    ).toBe('plans[0].end: is required; notes[2].id: repeats notes[0].id');
  });

  it('keeps a problem of exactly the limit whole, and cuts a longer one to the limit, ending in "…"', () => {
    const path = 'p';
    const fits = `${path}: ${'m'.repeat(MAX_PROBLEM_CHARS - path.length - 2)}`;
    expect(fits).toHaveLength(MAX_PROBLEM_CHARS);
    expect(listProblems([{ path, message: fits.slice(path.length + 2) }])).toBe(fits);

    const long = listProblems([{ path, message: 'm'.repeat(MAX_PROBLEM_CHARS) }]);
    expect(long).toHaveLength(MAX_PROBLEM_CHARS);
    expect(long).toBe(`${fits.slice(0, MAX_PROBLEM_CHARS - 1)}…`);
  });
});

describe('firstProblems', () => {
  it('gives the first problems a message names, each path and message cut the same way', () => {
    const long = 'x'.repeat(MAX_PROBLEM_CHARS + 50);
    const problems = Array.from({ length: MAX_LISTED_PROBLEMS + 5 }, (_, index) => ({
      path: index === 0 ? long : `rows[${index}]`,
      message: index === 0 ? long : 'is required',
    }));
    const listed = firstProblems(problems);
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(listed[0]).toEqual({
      path: `${long.slice(0, MAX_PROBLEM_CHARS - 1)}…`,
      message: `${long.slice(0, MAX_PROBLEM_CHARS - 1)}…`,
    });
    expect(listed.slice(1).map((problem) => problem.path)).toEqual(
      problems.slice(1, MAX_LISTED_PROBLEMS).map((problem) => problem.path),
    );
    expect(listed[1]).toEqual({ path: 'rows[1]', message: 'is required' });
  });

  it('gives every problem when there are few', () => {
    const few = [{ path: 'a', message: 'is required' }];
    expect(firstProblems(few)).toEqual(few);
  });
});
