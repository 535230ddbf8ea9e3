import { describe, expect, it } from 'vitest';
import { parseHubSpotBoolean, parseHubSpotDecimal, parseHubSpotTimestamp } from '../../src/index.js';

describe('HubSpot string values, read strictly', () => {
  it.each([
    ['2022-02-17T19:13:11.178Z', Date.UTC(2022, 1, 17, 19, 13, 11, 178)],
    ['2026-11-18T09:04:05-08:00', Date.UTC(2026, 10, 18, 17, 4, 5)],
    ['1763485445000', 1_763_485_445_000],
    ['946684800000', 946_684_800_000],
  ])('timestamp %s', (text, expected) => {
    expect(parseHubSpotTimestamp(text)).toBe(expected);
  });

  it.each([
    ['1763485445', 'seconds, not ms'],
    ['946684799999', 'before 2000'],
    ['2026-11-18', 'a date without time'],
    ['2026-11-18T09:04:05', 'a local time without offset'],
    ['', 'empty'],
    ['1.763e12', 'exponent'],
    ['99999999999999999', 'beyond a Date'],
  ])('refuses timestamp %s (%s)', (text) => {
    expect(parseHubSpotTimestamp(text)).toBeNaN();
  });

  it.each([
    ['1500', 1500],
    ['1500.00', 1500],
    ['0.5', 0.5],
    ['-3.25', -3.25],
  ])('decimal %s', (text, expected) => {
    expect(parseHubSpotDecimal(text)).toBe(expected);
  });

  it.each(['1,500', '1e3', ' 12', '12 ', '.5', '5.', '$5', 'NaN', ''])('refuses decimal %j', (text) => {
    expect(parseHubSpotDecimal(text)).toBeNaN();
  });

  it('reads booleans only as "true" or "false"', () => {
    expect(parseHubSpotBoolean('true')).toBe(true);
    expect(parseHubSpotBoolean('false')).toBe(false);
    for (const text of ['TRUE', '1', 'yes', '', ' true']) expect(parseHubSpotBoolean(text)).toBeNull();
  });
});
