import { describe, expect, it } from 'vitest';
import {
  SALESFORCE_API_VERSION,
  SALESFORCE_FIELDS,
  salesforceQueryPath,
  salesforceUserField,
  soqlDateTime,
  soqlForWindow,
  soqlString,
  startOfLocalDay,
  toDayNumber,
} from '../../src/index.js';

/** The November 2026 plan window in New York: 2026-11-02 .. 2026-11-27 (DST ended on Nov 1). */
const fromUtc = startOfLocalDay(toDayNumber('2026-11-02'), 'America/New_York');
const toUtc = startOfLocalDay(toDayNumber('2026-11-28'), 'America/New_York');
const REP = '0055e00000Rep01AAA';

describe('SOQL literals', () => {
  it('quotes strings and escapes quotes, backslashes and control characters', () => {
    expect(soqlString("O'Brien")).toBe("'O\\'Brien'");
    expect(soqlString('C:\\temp')).toBe("'C:\\\\temp'");
    expect(soqlString('say "hi"\n\t')).toBe('\'say \\"hi\\"\\n\\t\'');
    expect(soqlString('')).toBe("''");
  });

  it('keeps an injection attempt inside its literal', () => {
    const literal = soqlString("x' OR OwnerId != null OR Id = '");
    expect(literal).toBe("'x\\' OR OwnerId != null OR Id = \\''");
    // Every quote inside is escaped: only the first and last are unescaped.
    expect(literal.replace(/\\\\|\\'/g, '').match(/'/g)).toHaveLength(2);
  });

  it('writes datetimes in UTC at whole seconds, rounding outward', () => {
    expect(soqlDateTime(Date.UTC(2026, 10, 2, 5))).toBe('2026-11-02T05:00:00Z');
    expect(soqlDateTime(Date.UTC(2026, 10, 2, 5, 0, 0, 250), 'floor')).toBe('2026-11-02T05:00:00Z');
    expect(soqlDateTime(Date.UTC(2026, 10, 2, 5, 0, 0, 250), 'ceil')).toBe('2026-11-02T05:00:01Z');
  });
});

describe('soqlForWindow', () => {
  it('bounds Tasks by CompletedDateTime, else CreatedDate, with explicit UTC instants of the plan zone', () => {
    expect(soqlForWindow('Task', { fromUtc, toUtc, ownerId: REP })).toBe(
      `SELECT ${SALESFORCE_FIELDS.Task.join(', ')} FROM Task WHERE OwnerId = '${REP}' AND ` +
        '((CompletedDateTime >= 2026-11-02T05:00:00Z AND CompletedDateTime < 2026-11-28T05:00:00Z) OR ' +
        '(CompletedDateTime = null AND (CreatedDate >= 2026-11-02T05:00:00Z AND CreatedDate < 2026-11-28T05:00:00Z))) ' +
        'ORDER BY SystemModstamp ASC, Id ASC',
    );
  });

  it('bounds Events by booking or start, and accepts ISO bounds', () => {
    const soql = soqlForWindow('Event', {
      fromUtc: '2026-11-02T05:00:00Z',
      toUtc: '2026-11-28T05:00:00.000Z',
      ownerId: REP,
    });
    expect(soql).toContain(
      "WHERE OwnerId = '0055e00000Rep01AAA' AND ((CreatedDate >= 2026-11-02T05:00:00Z AND CreatedDate < 2026-11-28T05:00:00Z) OR (StartDateTime >= 2026-11-02T05:00:00Z AND StartDateTime < 2026-11-28T05:00:00Z))",
    );
  });

  it('widens the CloseDate range by a day each way, since close dates count at local noon', () => {
    const soql = soqlForWindow('Opportunity', { fromUtc, toUtc, ownerId: REP });
    expect(soql).toContain('(CloseDate >= 2026-11-01 AND CloseDate <= 2026-11-29)');
    expect(soql).toContain('(CreatedDate >= 2026-11-02T05:00:00Z AND CreatedDate < 2026-11-28T05:00:00Z)');
  });

  it('adds the SystemModstamp high-water mark for an incremental sync', () => {
    const soql = soqlForWindow('Opportunity', {
      fromUtc,
      toUtc,
      ownerId: REP,
      modifiedSince: '2026-11-20T14:03:07.512Z',
    });
    expect(soql).toMatch(/ AND SystemModstamp >= 2026-11-20T14:03:07Z ORDER BY SystemModstamp ASC, Id ASC$/);
  });

  it('filters by creator when so attributed, escaping the id', () => {
    const soql = soqlForWindow('Task', {
      fromUtc,
      toUtc,
      ownerId: "005' OR Id != null OR Id = '",
      userField: salesforceUserField('creator'),
    });
    expect(soql).toContain("WHERE CreatedById = '005\\' OR Id != null OR Id = \\'' AND");
  });

  it('refuses an empty or reversed window and an empty owner', () => {
    expect(() => soqlForWindow('Task', { fromUtc: toUtc, toUtc: fromUtc, ownerId: REP })).toThrow(RangeError);
    expect(() => soqlForWindow('Task', { fromUtc, toUtc: 'tomorrow', ownerId: REP })).toThrow(RangeError);
    expect(() => soqlForWindow('Task', { fromUtc, toUtc, ownerId: ' ' })).toThrow(RangeError);
  });

  it('builds query and queryAll paths with the SOQL encoded', () => {
    expect(SALESFORCE_API_VERSION).toBe('66.0');
    expect(salesforceQueryPath("SELECT Id FROM Task WHERE Type = 'Call'")).toBe(
      "/services/data/v66.0/query?q=SELECT%20Id%20FROM%20Task%20WHERE%20Type%20%3D%20'Call'",
    );
    expect(salesforceQueryPath('SELECT Id FROM Task', { all: true, version: '67.0' })).toBe(
      '/services/data/v67.0/queryAll?q=SELECT%20Id%20FROM%20Task',
    );
  });
});
