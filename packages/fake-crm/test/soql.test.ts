import { soqlForWindow, soqlString } from '@onpace/core';
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../src/soql-eval.js';
import { parseSoql, SoqlError } from '../src/soql-parser.js';

const record = (fields: Record<string, unknown>) => ({ Id: '00T5e0000000001AAA', ...fields });

function run(soql: string, records: Record<string, unknown>[]) {
  const compiled = compileQuery(parseSoql(soql));
  return compiled
    .sort(records.map((fields) => record(fields)).filter((r) => compiled.matches(r)))
    .map((r) => r.Id);
}

describe('the fake’s SOQL', () => {
  it('reads back every string core’s soqlString writes', () => {
    for (const value of [
      "O'Brien",
      'C:\\temp\\',
      'say "hi"',
      'line\nbreak\ttab',
      "x' OR Id != null OR Id = '",
    ]) {
      const query = parseSoql(`SELECT Id FROM Task WHERE Subject = ${soqlString(value)}`);
      expect(query.where).toEqual({
        kind: 'compare',
        field: 'Subject',
        operator: '=',
        value: { kind: 'string', value },
      });
    }
  });

  it('parses the window SOQL core builds, precedence included', () => {
    const soql = soqlForWindow('Task', {
      fromUtc: '2026-11-02T05:00:00Z',
      toUtc: '2026-11-28T05:00:00Z',
      ownerId: '0055e0000000001AAA',
      modifiedSince: '2026-11-20T00:00:00Z',
    });
    const query = parseSoql(soql);
    expect(query.where?.kind).toBe('and');
    expect(query.orderBy).toEqual([
      { field: 'SystemModstamp', descending: false, nullsLast: false },
      { field: 'Id', descending: false, nullsLast: false },
    ]);
    const base = { OwnerId: '0055e0000000001AAA', SystemModstamp: '2026-11-21T00:00:00.000+0000' };
    const rows = [
      {
        ...base,
        Id: 'a',
        CompletedDateTime: '2026-11-10T12:00:00.000+0000',
        CreatedDate: '2026-10-01T00:00:00.000+0000',
      },
      { ...base, Id: 'b', CompletedDateTime: null, CreatedDate: '2026-11-10T12:00:00.000+0000' },
      {
        ...base,
        Id: 'c',
        CompletedDateTime: '2026-12-10T12:00:00.000+0000',
        CreatedDate: '2026-11-10T12:00:00.000+0000',
      },
      {
        ...base,
        Id: 'd',
        CompletedDateTime: null,
        CreatedDate: '2026-11-10T12:00:00.000+0000',
        OwnerId: 'someone else',
      },
      {
        ...base,
        Id: 'e',
        CompletedDateTime: null,
        CreatedDate: '2026-11-10T12:00:00.000+0000',
        SystemModstamp: '2026-11-19T00:00:00.000+0000',
      },
    ];
    const compiled = compileQuery(query);
    expect(rows.filter((row) => compiled.matches(row)).map((row) => row.Id)).toEqual(['a', 'b']);
  });

  it('compares at the boundary exactly: >= includes it, < leaves it out', () => {
    const rows = [
      { Id: 'before', CreatedDate: '2026-11-02T04:59:59.999+0000' },
      { Id: 'from', CreatedDate: '2026-11-02T05:00:00.000+0000' },
      { Id: 'last', CreatedDate: '2026-11-28T04:59:59.999+0000' },
      { Id: 'to', CreatedDate: '2026-11-28T05:00:00.000+0000' },
    ];
    const soql =
      'SELECT Id FROM Task WHERE CreatedDate >= 2026-11-02T05:00:00Z AND CreatedDate < 2026-11-28T05:00:00Z';
    expect(run(soql, rows)).toEqual(['from', 'last']);
    expect(run(soql.replace('>=', '>').replace('<', '<='), rows)).toEqual(['last', 'to']);
  });

  it('evaluates NOT, IN, NOT IN, null and ordering with nulls', () => {
    const rows = [
      { Id: '1', Type: 'Call', Status: 'Completed', CallDurationInSeconds: 30 },
      { Id: '2', Type: 'Email', Status: null, CallDurationInSeconds: null },
      { Id: '3', Type: 'call', Status: 'Open', CallDurationInSeconds: 600 },
    ];
    expect(
      run("SELECT Id FROM Task WHERE Type IN ('CALL') ORDER BY CallDurationInSeconds DESC", rows),
    ).toEqual(['3', '1']);
    expect(run("SELECT Id FROM Task WHERE NOT Type = 'Call' AND Status = null", rows)).toEqual(['2']);
    expect(
      run("SELECT Id FROM Task WHERE Type NOT IN ('Email') AND CallDurationInSeconds > 100", rows),
    ).toEqual(['3']);
    expect(run('SELECT Id FROM Task ORDER BY CallDurationInSeconds ASC NULLS LAST', rows)).toEqual([
      '1',
      '3',
      '2',
    ]);
  });

  it.each([
    ['SELECT FROM Task', 'MALFORMED_QUERY'],
    ["SELECT Id FROM Task WHERE Subject = 'open", 'MALFORMED_QUERY'],
    ['SELECT Id FROM Task WHERE CreatedDate > LAST_N_DAYS:7', 'MALFORMED_QUERY'],
    ['SELECT Id FROM Task WHERE Amount > 5', 'INVALID_FIELD'],
    ["SELECT Id FROM Opportunity WHERE CloseDate >= '2026-01-01'", 'INVALID_FIELD'],
    ['SELECT Id FROM Opportunity WHERE CloseDate >= 2026-01-01T00:00:00Z', 'INVALID_FIELD'],
    ['SELECT Id FROM Opportunity WHERE IsWon = 1', 'INVALID_FIELD'],
    ['SELECT Id FROM Contact', 'INVALID_TYPE'],
  ])('refuses %s with %s', (soql, errorCode) => {
    let caught: unknown;
    try {
      compileQuery(parseSoql(soql));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SoqlError);
    expect((caught as SoqlError).errorCode).toBe(errorCode);
  });
});
