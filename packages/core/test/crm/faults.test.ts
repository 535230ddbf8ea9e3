import { describe, expect, it } from 'vitest';
import { classifyCrmResponse, networkFault, readCrmBody, SalesforceQueryPage } from '../../src/index.js';
import { readExchange, readFixture } from './fixtures.js';

const json = (value: unknown) => JSON.stringify(value);

describe('Salesforce faults', () => {
  it('classifies the recorded INVALID_SESSION_ID body as an expired session', () => {
    const body = json(readFixture('salesforce/restforce__expired_session_response.json'));
    expect(classifyCrmResponse('salesforce', { status: 401, body })).toEqual({
      kind: 'session-expired',
      crm: 'salesforce',
      status: 401,
      code: 'INVALID_SESSION_ID',
      message: 'Session expired or invalid',
    });
  });

  it('classifies the recorded query error (INVALID_FIELD) and MALFORMED_QUERY as rejected', () => {
    const invalidField = json(readFixture('salesforce/restforce__query_error_response.json'));
    expect(classifyCrmResponse('salesforce', { status: 400, body: invalidField })).toMatchObject({
      kind: 'rejected',
      code: 'INVALID_FIELD',
      message: 'error_message',
    });
    const malformed = json([{ message: "unexpected token: 'FORM'", errorCode: 'MALFORMED_QUERY' }]);
    expect(classifyCrmResponse('salesforce', { status: 400, body: malformed })).toMatchObject({
      kind: 'rejected',
      code: 'MALFORMED_QUERY',
    });
  });

  it('tells the daily limit from the concurrency limits that share REQUEST_LIMIT_EXCEEDED', () => {
    const daily = json([{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]);
    expect(classifyCrmResponse('salesforce', { status: 403, body: daily })).toEqual({
      kind: 'daily-limit',
      crm: 'salesforce',
      status: 403,
      message: 'TotalRequests Limit exceeded.',
    });
    const concurrent = json([
      {
        message: 'ConcurrentRequests (Concurrent API Requests) Limit exceeded.',
        errorCode: 'REQUEST_LIMIT_EXCEEDED',
      },
    ]);
    expect(classifyCrmResponse('salesforce', { status: 403, body: concurrent })).toMatchObject({
      kind: 'rate-limited',
      policy: 'concurrent',
    });
  });

  it('classifies other 403s as forbidden and 5xx as server faults, whatever the body', () => {
    const disabled = json([
      { message: 'The REST API is not enabled for this Organization.', errorCode: 'API_DISABLED_FOR_ORG' },
    ]);
    expect(classifyCrmResponse('salesforce', { status: 403, body: disabled })).toMatchObject({
      kind: 'forbidden',
      code: 'API_DISABLED_FOR_ORG',
    });
    expect(classifyCrmResponse('salesforce', { status: 503, body: '<html>Maintenance</html>' })).toEqual({
      kind: 'server',
      crm: 'salesforce',
      status: 503,
      retryAfterMs: null,
      message: 'HTTP 503',
    });
  });

  it('is null for a 2xx', () => {
    expect(classifyCrmResponse('salesforce', { status: 200, body: '{}' })).toBeNull();
  });
});

describe('HubSpot faults', () => {
  it('classifies the recorded search 429 (no Retry-After, no policyName) as the secondly limit', () => {
    const exchange = readExchange('hubspot/grouparoo_nock__search_429_secondly_limit.json');
    expect(exchange.responseHeaders['Retry-After']).toBeUndefined();
    const fault = classifyCrmResponse('hubspot', {
      status: exchange.status,
      headers: exchange.responseHeaders,
      body: json(exchange.responseBody),
    });
    expect(fault).toEqual({
      kind: 'rate-limited',
      crm: 'hubspot',
      status: 429,
      policy: 'secondly',
      retryAfterMs: null,
      message: 'You have reached your secondly limit.',
    });
  });

  it('reads policyName TEN_SECONDLY_ROLLING and DAILY', () => {
    const tenSecondly = json({
      status: 'error',
      message: 'You have reached your ten_secondly_rolling limit.',
      errorType: 'RATE_LIMIT',
      correlationId: 'c5d2b3a1-0000-4000-8000-000000000000',
      policyName: 'TEN_SECONDLY_ROLLING',
    });
    expect(classifyCrmResponse('hubspot', { status: 429, body: tenSecondly })).toMatchObject({
      kind: 'rate-limited',
      policy: 'ten-secondly',
    });
    const daily = json({
      status: 'error',
      message: 'You have reached your daily limit.',
      policyName: 'DAILY',
    });
    expect(classifyCrmResponse('hubspot', { status: 429, body: daily })).toMatchObject({
      kind: 'daily-limit',
    });
  });

  it('honours Retry-After in seconds, or as an HTTP date given now', () => {
    const body = json({ status: 'error', message: 'Too many requests', category: 'RATE_LIMITS' });
    expect(
      classifyCrmResponse('hubspot', { status: 429, headers: { 'Retry-After': '3' }, body }),
    ).toMatchObject({
      retryAfterMs: 3000,
      policy: 'unknown',
    });
    const headers = new Headers({ 'retry-after': 'Wed, 25 Nov 2026 15:00:10 GMT' });
    const nowMs = Date.UTC(2026, 10, 25, 15, 0, 0);
    expect(classifyCrmResponse('hubspot', { status: 429, headers, body }, { nowMs })).toMatchObject({
      retryAfterMs: 10_000,
    });
    expect(classifyCrmResponse('hubspot', { status: 429, headers, body })).toMatchObject({
      retryAfterMs: null,
    });
  });

  it('classifies 401 as an expired session, 403 as forbidden, 400 as rejected', () => {
    const expired = json({
      status: 'error',
      message: 'The OAuth token used to make this call expired 1 day(s) ago.',
      category: 'EXPIRED_AUTHENTICATION',
    });
    expect(classifyCrmResponse('hubspot', { status: 401, body: expired })).toMatchObject({
      kind: 'session-expired',
      code: 'EXPIRED_AUTHENTICATION',
    });
    const scopes = json({
      status: 'error',
      message: "This app hasn't been granted all required scopes",
      category: 'MISSING_SCOPES',
    });
    expect(classifyCrmResponse('hubspot', { status: 403, body: scopes })).toMatchObject({
      kind: 'forbidden',
      code: 'MISSING_SCOPES',
    });
    const cap = json({
      status: 'error',
      message: 'Paging beyond 10000 results is not supported',
      category: 'VALIDATION_ERROR',
    });
    expect(classifyCrmResponse('hubspot', { status: 400, body: cap })).toMatchObject({
      kind: 'rejected',
      code: 'VALIDATION_ERROR',
    });
  });
});

describe('bodies and networks', () => {
  it('reads a good 2xx body with its schema', () => {
    const body = json(readFixture('salesforce/restforce__query_paginated_first_page_response.json'));
    const result = readCrmBody('salesforce', { status: 200, body }, SalesforceQueryPage);
    expect(result.ok && result.data.nextRecordsUrl).toBe('/services/data/v26.0/query/01gD');
  });

  it('turns a cut-short or unexpected body into malformed-response, and passes HTTP faults through', () => {
    const body = json(readFixture('salesforce/restforce__query_success_response.json'));
    const truncated = readCrmBody(
      'salesforce',
      { status: 200, body: body.slice(0, body.length / 2) },
      SalesforceQueryPage,
    );
    expect(truncated).toEqual({
      ok: false,
      fault: {
        kind: 'malformed-response',
        crm: 'salesforce',
        status: 200,
        message: 'the body is not JSON (cut short?)',
      },
    });
    const wrong = readCrmBody('salesforce', { status: 200, body: '{"records": 3}' }, SalesforceQueryPage);
    expect(wrong.ok === false && wrong.fault.kind).toBe('malformed-response');
    const expired = json(readFixture('salesforce/restforce__expired_session_response.json'));
    const failed = readCrmBody('salesforce', { status: 401, body: expired }, SalesforceQueryPage);
    expect(failed.ok === false && failed.fault.kind).toBe('session-expired');
  });

  it('keeps the message of a network error', () => {
    expect(networkFault('hubspot', new TypeError('fetch failed'))).toEqual({
      kind: 'network',
      crm: 'hubspot',
      message: 'fetch failed',
    });
  });
});
