/**
 * This repository's recorded-shape CRM payloads (`recorded/`, listed with their sources in
 * recorded/README.md): one file per API call the sync makes, and per error shape it handles, each
 * the request and the answer, written for this repository in the shapes the public API documentation
 * gives.
 */
import { readFileSync } from 'node:fs';
import type { CrmResponse } from '../../src/index.js';

const RECORDED = new URL('./recorded/', import.meta.url);

/** One recorded call: what was asked, and what the CRM answered. */
export interface RecordedCall {
  readonly request: {
    readonly method: 'GET' | 'POST';
    readonly url: string;
    readonly headers: Record<string, string>;
    readonly body?: unknown;
  };
  readonly response: {
    readonly status: number;
    readonly headers: Record<string, string>;
    readonly body: unknown;
  };
}

/** The recorded call at `relativePath` (`salesforce/userinfo.json`, `hubspot/search-deals.json`…). */
export function readRecorded(relativePath: string): RecordedCall {
  return JSON.parse(readFileSync(new URL(relativePath, RECORDED), 'utf8')) as RecordedCall;
}

/** The answer's body alone, as the API sent it. */
export function recordedBody(relativePath: string): unknown {
  return readRecorded(relativePath).response.body;
}

/** The answer as the sync's HTTP layer sees it: status, headers and the body as text. */
export function recordedResponse(relativePath: string): CrmResponse {
  const { response } = readRecorded(relativePath);
  return { status: response.status, headers: response.headers, body: JSON.stringify(response.body) };
}

/** The `records` of a recorded Salesforce query page. */
export function recordedRecords(relativePath: string): unknown[] {
  return (recordedBody(relativePath) as { records: unknown[] }).records;
}

/** The `results` of a recorded HubSpot search page. */
export function recordedResults(relativePath: string): unknown[] {
  return (recordedBody(relativePath) as { results: unknown[] }).results;
}
