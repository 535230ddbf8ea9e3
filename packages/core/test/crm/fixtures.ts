/**
 * The shared, real CRM payloads (../shared/fixtures/crm, see SOURCES.md there), read in place:
 * they are never copied into this repository.
 */
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../../../../../shared/fixtures/crm/', import.meta.url);

export function readFixture(relativePath: string): unknown {
  return JSON.parse(readFileSync(new URL(relativePath, FIXTURES), 'utf8')) as unknown;
}

/** A recorded HTTP exchange (grouparoo's nock recordings of api.hubapi.com). */
export interface RecordedExchange {
  readonly status: number;
  readonly requestBody: unknown;
  readonly responseBody: unknown;
  readonly responseHeaders: Record<string, string>;
}

export function readExchange(relativePath: string): RecordedExchange {
  return readFixture(relativePath) as RecordedExchange;
}

/** The `records` of a Salesforce query response fixture. */
export function fixtureRecords(relativePath: string): unknown[] {
  return (readFixture(relativePath) as { records: unknown[] }).records;
}
