/**
 * The Salesforce REST surface a sync uses, at its real paths and in its real shapes:
 * `/services/oauth2/userinfo` (OpenID Connect), `/id/{org}/{user}` (identity URL),
 * `/services/data` (versions), `/services/data/vXX.X/query|queryAll?q=` and their
 * `nextRecordsUrl` pages. Every call needs `Authorization: Bearer <sid>` and counts against the
 * org's daily API usage, reported in `Sforce-Limit-Info` on every response.
 *
 * Each session belongs to one of the org's users: userinfo answers for that user, `User` and
 * `UserRole` queries read the org's users and roles, and in a `private` org a query sees only
 * records owned by the user or by users in roles below theirs (see `salesforce-users.ts`).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Reply } from './http.js';
import { salesforceId } from './salesforce-ids.js';
import { orgUsers, roleRecord, userRecord, visibleOwnerIds } from './salesforce-users.js';
import type { SalesforceRecord, SalesforceSeed, SalesforceUser } from './seed.js';
import { compileQuery, type QueryableObject } from './soql-eval.js';
import { parseSoql, SoqlError } from './soql-parser.js';

export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly host: string;
  readonly token: string | null;
  readonly body: string;
}

const JSON_TYPE = { 'content-type': 'application/json;charset=UTF-8' };

export function salesforceError(status: number, errorCode: string, message: string): Reply {
  return { status, headers: JSON_TYPE, body: [{ message, errorCode }] };
}

export const SALESFORCE_FAULT_BODIES = {
  expiredSession: () => salesforceError(401, 'INVALID_SESSION_ID', 'Session expired or invalid'),
  dailyLimit: () => salesforceError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'),
  /** What a query on an sObject the user's profile cannot read answers (here: Lead). */
  noAccess: () =>
    salesforceError(
      400,
      'INVALID_TYPE',
      "sObject type 'Lead' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.",
    ),
  server: (status: number) =>
    salesforceError(
      status,
      'UNKNOWN_EXCEPTION',
      'An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-123456789)',
    ),
};

const VERSIONS = [
  { label: "Winter '26", url: '/services/data/v65.0', version: '65.0' },
  { label: "Spring '26", url: '/services/data/v66.0', version: '66.0' },
  { label: "Summer '26", url: '/services/data/v67.0', version: '67.0' },
];

const QUERY_PATH = /^\/services\/data\/v(\d{2,3}\.\d)\/(query|queryAll)\/?$/;
const CURSOR_PATH = /^\/services\/data\/v(\d{2,3}\.\d)\/(query|queryAll)\/(01g[A-Za-z0-9]{15})-(\d+)$/;
const IDENTITY_PATH = /^\/id\/([A-Za-z0-9]{15,18})\/([A-Za-z0-9]{15,18})$/;

const MAX_OPEN_CURSORS = 10;

interface Cursor {
  readonly records: readonly Record<string, unknown>[];
  /** Cursors are the user's own: another session cannot page through them. */
  readonly userId: string;
}

export class SalesforceApi {
  private seed: SalesforceSeed;
  private used: number;
  private cursors = new Map<string, Cursor>();
  private cursorCount = 0;

  constructor(
    seed: SalesforceSeed,
    private readonly pageSize: number,
  ) {
    this.seed = seed;
    this.used = seed.apiUsage.used;
  }

  replaceSeed(seed: SalesforceSeed): void {
    this.seed = seed;
    this.used = seed.apiUsage.used;
    this.cursors.clear();
  }

  /** The `Sforce-Limit-Info` value after the calls so far. */
  limitInfo(): string {
    return `api-usage=${this.used}/${this.seed.apiUsage.max}`;
  }

  handle(request: ApiRequest): Reply {
    if (
      request.method === 'GET' &&
      (request.path === '/services/data' || request.path === '/services/data/')
    ) {
      return { status: 200, headers: JSON_TYPE, body: VERSIONS };
    }
    const user = this.sessionUser(request.token);
    if (user === null) return SALESFORCE_FAULT_BODIES.expiredSession();
    if (this.used >= this.seed.apiUsage.max) return SALESFORCE_FAULT_BODIES.dailyLimit();
    this.used += 1;
    if (request.method !== 'GET') {
      return salesforceError(
        405,
        'METHOD_NOT_ALLOWED',
        `HTTP Method '${request.method}' not allowed. Allowed are GET`,
      );
    }
    if (request.path === '/services/oauth2/userinfo')
      return { status: 200, headers: JSON_TYPE, body: this.userInfo(user, request.host) };
    const identity = IDENTITY_PATH.exec(request.path);
    if (identity) return this.identity(user, request.host, identity[1] ?? '', identity[2] ?? '');
    const cursor = CURSOR_PATH.exec(request.path);
    if (cursor) {
      const [, version = '66.0', resource = 'query', locator = '', offset = '0'] = cursor;
      return this.cursorPage(
        user,
        version,
        resource,
        locator,
        Number(offset),
        this.batchSize(request.headers),
      );
    }
    const query = QUERY_PATH.exec(request.path);
    if (query) {
      const soql = request.query.get('q');
      if (soql === null || soql.trim() === '') {
        return salesforceError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
      }
      const [, version = '66.0', resource = 'query'] = query;
      return this.runQuery(user, version, resource, soql, this.batchSize(request.headers));
    }
    return salesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
  }

  /** The active user a `sid` belongs to, or null (an unknown session, or an inactive user's). */
  private sessionUser(token: string | null): SalesforceUser | null {
    if (token === null) return null;
    const userId =
      token === this.seed.sessionId
        ? this.seed.user.userId
        : this.seed.sessions.find((session) => session.sessionId === token)?.userId;
    const user = orgUsers(this.seed).find((candidate) => candidate.userId === userId);
    return user?.isActive ? user : null;
  }

  /** The rows a query on `object` reads, as `user` may see them. */
  private rowsOf(user: SalesforceUser, object: QueryableObject): readonly SalesforceRecord[] {
    if (object === 'User') return orgUsers(this.seed).map(userRecord);
    if (object === 'UserRole') return this.seed.roles.map(roleRecord);
    const records = this.seed.records[object];
    if (this.seed.sharing === 'public-read') return records;
    const visible = visibleOwnerIds(this.seed, user.userId);
    return records.filter((record) => visible.has(String(record.OwnerId)));
  }

  /** `Sforce-Query-Options: batchSize=N` (200..2000) overrides the server's page size. */
  private batchSize(headers: IncomingHttpHeaders): number {
    const options = headers['sforce-query-options'];
    const match = typeof options === 'string' ? /batchSize=(\d+)/i.exec(options) : null;
    if (!match) return this.pageSize;
    return Math.min(2000, Math.max(200, Number(match[1])));
  }

  private runQuery(
    user: SalesforceUser,
    version: string,
    resource: string,
    soql: string,
    batchSize: number,
  ): Reply {
    let compiled: ReturnType<typeof compileQuery>;
    try {
      compiled = compileQuery(parseSoql(soql));
    } catch (error) {
      if (error instanceof SoqlError) return salesforceError(400, error.errorCode, error.message);
      throw error;
    }
    const includeDeleted = resource === 'queryAll';
    const matching = this.rowsOf(user, compiled.object).filter(
      (record) => (includeDeleted || record.IsDeleted !== true) && compiled.matches(record),
    );
    let rows = compiled.sort(matching).slice(compiled.offset);
    if (compiled.limit !== null) rows = rows.slice(0, compiled.limit);
    if (compiled.fields === null) {
      return { status: 200, headers: JSON_TYPE, body: { totalSize: rows.length, done: true, records: [] } };
    }
    const fields = compiled.fields;
    // Like a real query cursor, the result is fixed now: later pages do not see later changes.
    const shaped = rows.map((record) => this.shape(compiled.object, record, fields, version));
    this.cursorCount += 1;
    const locator = salesforceId('01g', this.cursorCount);
    this.cursors.set(locator, { records: shaped, userId: user.userId });
    // Salesforce keeps at most 10 open cursors per user and drops the oldest beyond that.
    for (const old of this.cursors.keys()) {
      if (this.cursors.size <= MAX_OPEN_CURSORS) break;
      this.cursors.delete(old);
    }
    return this.page(version, resource, locator, shaped, 0, batchSize);
  }

  private cursorPage(
    user: SalesforceUser,
    version: string,
    resource: string,
    locator: string,
    offset: number,
    batchSize: number,
  ): Reply {
    const cursor = this.cursors.get(locator);
    if (!cursor || cursor.userId !== user.userId || offset >= cursor.records.length) {
      return salesforceError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    }
    return this.page(version, resource, locator, cursor.records, offset, batchSize);
  }

  private page(
    version: string,
    resource: string,
    locator: string,
    records: readonly Record<string, unknown>[],
    offset: number,
    batchSize: number,
  ): Reply {
    const end = offset + batchSize;
    const done = end >= records.length;
    const body: Record<string, unknown> = { totalSize: records.length, done };
    if (!done) body.nextRecordsUrl = `/services/data/v${version}/${resource}/${locator}-${end}`;
    body.records = records.slice(offset, end);
    return { status: 200, headers: JSON_TYPE, body };
  }

  private shape(object: string, record: SalesforceRecord, fields: readonly string[], version: string) {
    const fieldsOf = record as Record<string, unknown>;
    const shaped: Record<string, unknown> = {
      attributes: { type: object, url: `/services/data/v${version}/sobjects/${object}/${record.Id}` },
    };
    for (const field of fields) shaped[field] = fieldsOf[field] ?? null;
    return shaped;
  }

  /** The OpenID Connect shape of `/services/oauth2/userinfo`: the zone is `zoneinfo`. */
  private userInfo(user: SalesforceUser, host: string) {
    const origin = `https://${host}`;
    return {
      sub: `${origin}/id/${user.organizationId}/${user.userId}`,
      user_id: user.userId,
      organization_id: user.organizationId,
      preferred_username: user.username,
      nickname: user.username.split('@')[0] ?? user.username,
      name: `${user.firstName} ${user.lastName}`,
      email: user.email,
      email_verified: true,
      given_name: user.firstName,
      family_name: user.lastName,
      zoneinfo: user.timeZone,
      photos: { picture: `${origin}/profilephoto/005/F`, thumbnail: `${origin}/profilephoto/005/T` },
      profile: `${origin}/${user.userId}`,
      picture: `${origin}/profilephoto/005/F`,
      address: { country: 'US' },
      is_salesforce_integration_user: false,
      urls: this.urls(user, origin),
      active: true,
      user_type: 'STANDARD',
      language: user.locale,
      locale: user.locale,
      utcOffset: 0,
      updated_at: '2026-01-01T00:00:00Z',
      is_app_installed: true,
    };
  }

  /** The identity URL shape (as in SwiftlySalesforce's MockIdentity fixture): the zone is `timezone`. */
  private identity(user: SalesforceUser, host: string, organizationId: string, userId: string): Reply {
    if (organizationId !== user.organizationId || userId !== user.userId) {
      return salesforceError(403, 'FORBIDDEN', 'Bad_Id');
    }
    const origin = `https://${host}`;
    const body = {
      id: `${origin}/id/${user.organizationId}/${user.userId}`,
      asserted_user: true,
      user_id: user.userId,
      organization_id: user.organizationId,
      username: user.username,
      nick_name: user.username.split('@')[0] ?? user.username,
      display_name: `${user.firstName} ${user.lastName}`,
      email: user.email,
      email_verified: true,
      first_name: user.firstName,
      last_name: user.lastName,
      timezone: user.timeZone,
      photos: { picture: `${origin}/profilephoto/005/F`, thumbnail: `${origin}/profilephoto/005/T` },
      urls: this.urls(user, origin),
      active: true,
      user_type: 'STANDARD',
      language: user.locale,
      locale: user.locale,
      utcOffset: 0,
      last_modified_date: '2026-01-01T00:00:00Z',
      is_app_installed: true,
    };
    return { status: 200, headers: JSON_TYPE, body };
  }

  private urls(user: SalesforceUser, origin: string) {
    const data = `${origin}/services/data/v{version}`;
    return {
      rest: `${data}/`,
      sobjects: `${data}/sobjects/`,
      search: `${data}/search/`,
      query: `${data}/query/`,
      recent: `${data}/recent/`,
      profile: `${origin}/${user.userId}`,
      custom_domain: origin,
    };
  }
}
