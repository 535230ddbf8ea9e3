import { describe, expect, it } from 'vitest';
import { classifyCrmResponse, networkFault, readCrmBody, SalesforceQueryPage } from '../../src/index.js';
import { readRecorded, recordedResponse } from './fixtures.js';

const json = (value: unknown) => JSON.stringify(value);

describe('Salesforce faults', () => {
  it('classifies the recorded INVALID_SESSION_ID answer as an expired session', () => {
    expect(
      classifyCrmResponse('salesforce', recordedResponse('salesforce/error-invalid-session-id.json')),
    ).toEqual({
      kind: 'session-expired',
      crm: 'salesforce',
      status: 401,
      code: 'INVALID_SESSION_ID',
      message: 'Session expired or invalid',
    });
  });

  it('classifies the recorded INVALID_FIELD, MALFORMED_QUERY and INVALID_QUERY_LOCATOR answers as rejected', () => {
    const invalidField = recordedResponse('salesforce/error-invalid-field.json');
    expect(classifyCrmResponse('salesforce', invalidField)).toMatchObject({
      kind: 'rejected',
      status: 400,
      code: 'INVALID_FIELD',
      message: expect.stringContaining("No such column 'CallResult' on entity 'Task'"),
    });
    for (const [file, code] of [
      ['salesforce/error-malformed-query.json', 'MALFORMED_QUERY'],
      ['salesforce/error-invalid-query-locator.json', 'INVALID_QUERY_LOCATOR'],
    ] as const) {
      expect(classifyCrmResponse('salesforce', recordedResponse(file))).toMatchObject({
        kind: 'rejected',
        code,
      });
    }
  });

  it('tells the daily limit from the concurrency limits that share REQUEST_LIMIT_EXCEEDED', () => {
    const daily = recordedResponse('salesforce/error-request-limit-exceeded-daily.json');
    expect(classifyCrmResponse('salesforce', daily)).toEqual({
      kind: 'daily-limit',
      crm: 'salesforce',
      status: 403,
      message: 'TotalRequests Limit exceeded.',
    });
    const concurrent = recordedResponse('salesforce/error-request-limit-exceeded-concurrent.json');
    expect(classifyCrmResponse('salesforce', concurrent)).toMatchObject({
      kind: 'rate-limited',
      policy: 'concurrent',
    });
  });

  it('classifies other 403s as forbidden and 5xx as server faults, whatever the body', () => {
    expect(
      classifyCrmResponse('salesforce', recordedResponse('salesforce/error-api-disabled-for-org.json')),
    ).toMatchObject({ kind: 'forbidden', code: 'API_DISABLED_FOR_ORG' });
    expect(
      classifyCrmResponse('salesforce', recordedResponse('salesforce/error-unknown-exception.json')),
    ).toMatchObject({ kind: 'server', status: 500, message: expect.stringContaining('ErrorId') });
    expect(classifyCrmResponse('salesforce', { status: 503, body: '<html>Maintenance</html>' })).toEqual({
      kind: 'server',
      crm: 'salesforce',
      status: 503,
      retryAfterMs: null,
      message: 'HTTP 503',
    });
  });

  it('is null for a 2xx', () => {
    expect(classifyCrmResponse('salesforce', recordedResponse('salesforce/query-event.json'))).toBeNull();
  });
});

describe('HubSpot faults', () => {
  it('classifies the recorded search 429 (no Retry-After, no policyName) as the secondly limit', () => {
    const recorded = readRecorded('hubspot/error-429-secondly.json');
    expect(recorded.response.headers['Retry-After']).toBeUndefined();
    const fault = classifyCrmResponse('hubspot', recordedResponse('hubspot/error-429-secondly.json'));
    expect(fault).toEqual({
      kind: 'rate-limited',
      crm: 'hubspot',
      status: 429,
      policy: 'secondly',
      retryAfterMs: null,
      message: 'You have reached your secondly limit.',
    });
  });

  it('reads policyName TEN_SECONDLY_ROLLING and DAILY from the recorded answers', () => {
    expect(
      classifyCrmResponse('hubspot', recordedResponse('hubspot/error-429-ten-secondly.json')),
    ).toMatchObject({ kind: 'rate-limited', policy: 'ten-secondly', retryAfterMs: null });
    expect(classifyCrmResponse('hubspot', recordedResponse('hubspot/error-429-daily.json'))).toEqual({
      kind: 'daily-limit',
      crm: 'hubspot',
      status: 429,
      message: 'You have reached your daily limit.',
    });
  });

  it('honours Retry-After in seconds, or as an HTTP date given now', () => {
    expect(
      classifyCrmResponse('hubspot', recordedResponse('hubspot/error-429-retry-after.json')),
    ).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 2000,
    });
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
    for (const [file, category] of [
      ['hubspot/error-401-expired-authentication.json', 'EXPIRED_AUTHENTICATION'],
      ['hubspot/error-401-invalid-authentication.json', 'INVALID_AUTHENTICATION'],
    ] as const) {
      expect(classifyCrmResponse('hubspot', recordedResponse(file))).toMatchObject({
        kind: 'session-expired',
        status: 401,
        code: category,
      });
    }
    expect(
      classifyCrmResponse('hubspot', recordedResponse('hubspot/error-403-missing-scopes.json')),
    ).toMatchObject({ kind: 'forbidden', code: 'MISSING_SCOPES' });
    expect(
      classifyCrmResponse('hubspot', recordedResponse('hubspot/error-400-validation.json')),
    ).toMatchObject({
      kind: 'rejected',
      code: 'VALIDATION_ERROR',
    });
  });
});

describe('bodies and networks', () => {
  it('reads a good 2xx body with its schema', () => {
    const result = readCrmBody(
      'salesforce',
      recordedResponse('salesforce/query-task-first-page.json'),
      SalesforceQueryPage,
    );
    expect(result.ok && result.data.nextRecordsUrl).toBe(
      '/services/data/v66.0/queryAll/01g8c00000QyLcAEAV-2',
    );
  });

  it('turns a cut-short or unexpected body into malformed-response, and passes HTTP faults through', () => {
    const { body } = recordedResponse('salesforce/query-opportunity.json');
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
    const failed = readCrmBody(
      'salesforce',
      recordedResponse('salesforce/error-invalid-session-id.json'),
      SalesforceQueryPage,
    );
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
