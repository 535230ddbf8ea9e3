/**
 * One HTTPS server that answers for Salesforce and HubSpot at once. The browser under test maps
 * every CRM host name to it (`--host-resolver-rules`); requests are routed by path (the two APIs
 * share no path), and the Host header only shapes the URLs Salesforce hands back.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { type Certificate, selfSignedCertificate } from './certificate.js';
import { type Fault, FaultInjector, type FaultInput, type FaultKind } from './faults.js';
import { bearerToken, bodyText, hostOf, type Reply, readBody, send } from './http.js';
import { HUBSPOT_FAULT_BODIES, HubSpotApi } from './hubspot-api.js';
import { HubSpotNotes, NoteAdminAction, type StoredNote } from './hubspot-notes.js';
import { seedIdentities } from './ledger-identities.js';
import {
  type ApiRequest,
  SALESFORCE_FAULT_BODIES,
  SalesforceApi,
  salesforceError,
} from './salesforce-api.js';
import { FileAdminAction, SalesforceFiles } from './salesforce-files.js';
import { FakeCrmSeed, type FakeCrmSeedInput } from './seed.js';

export const DEFAULT_PORT = 8443;

export interface FakeCrmOptions {
  /** Default 8443; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1: the fake is for this machine only. */
  readonly host?: string;
  readonly seed?: FakeCrmSeedInput;
  /** Salesforce query page size (default 2,000, as Salesforce); smaller makes paging cheap to test. */
  readonly pageSize?: number;
  /** HubSpot search requests allowed in any rolling second (default 5, as HubSpot); 0 turns it off. */
  readonly searchRequestsPerSecond?: number;
  /** Reuse a certificate instead of making one. */
  readonly certificate?: Certificate;
}

export interface RequestLogEntry {
  readonly seq: number;
  readonly method: string;
  readonly host: string;
  readonly path: string;
  /** The query string, without `?` (SOQL lives here). */
  readonly query: string;
  /** 0 when the connection was dropped without an answer. */
  readonly status: number;
  /** The injected fault this request took, `rate-limit` for the server's own limits, else null. */
  readonly fault: FaultKind | 'rate-limit' | null;
  /** Milliseconds since the server started. */
  readonly startedAtMs: number;
  readonly durationMs: number;
}

export interface FakeCrm {
  /** `https://localhost:<port>`; any mapped CRM host name works as well. */
  readonly url: string;
  readonly port: number;
  /** The server's certificate (PEM), for clients that verify. */
  readonly certificate: string;
  close(): Promise<void>;
  /** Replace the fault queue. */
  setFaults(faults: readonly FaultInput[]): void;
  pendingFaults(): Fault[];
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** Replace the data (clears cursors and usage counters; keeps faults and the log). */
  setSeed(seed: FakeCrmSeedInput): void;
  /** Back to the seed given at start: data, counters, faults, log and cursors; Files and notes emptied. */
  reset(): void;
  /** The Salesforce Files stored so far (the ledger's logs), as an admin sees them. */
  files(): ReturnType<SalesforceFiles['list']>;
  /** An admin's change to a stored file: alter a byte, replace the latest version, delete, unshare. */
  adminFile(action: FileAdminAction): void;
  /** The HubSpot notes stored so far. */
  notes(): StoredNote[];
  /** An admin's change to a stored note's body. */
  adminNote(action: NoteAdminAction): void;
}

type Crm = 'salesforce' | 'hubspot';

function crmOf(path: string): Crm | null {
  if (path.startsWith('/services/') || path === '/services' || path.startsWith('/id/')) return 'salesforce';
  if (path.startsWith('/crm/') || path.startsWith('/oauth/') || path.startsWith('/account-info/'))
    return 'hubspot';
  return null;
}

function faultReply(crm: Crm, fault: Fault): Reply {
  switch (fault.kind) {
    case 'expired-session':
      return crm === 'salesforce' ? SALESFORCE_FAULT_BODIES.expiredSession() : HUBSPOT_FAULT_BODIES.expired();
    case 'limit-exceeded':
      return crm === 'salesforce' ? SALESFORCE_FAULT_BODIES.dailyLimit() : HUBSPOT_FAULT_BODIES.daily();
    case '429-secondly':
      return HUBSPOT_FAULT_BODIES.secondly();
    case '429-ten-secondly':
      return HUBSPOT_FAULT_BODIES.tenSecondly();
    case '429-retry-after': {
      const reply = HUBSPOT_FAULT_BODIES.secondly();
      return { ...reply, headers: { ...reply.headers, 'retry-after': String(fault.retryAfterSeconds) } };
    }
    case 'no-access':
      return crm === 'salesforce' ? SALESFORCE_FAULT_BODIES.noAccess() : HUBSPOT_FAULT_BODIES.missingScopes();
    case 'api-disabled':
      return crm === 'salesforce'
        ? salesforceError(403, 'API_DISABLED_FOR_ORG', 'The REST API is not enabled for this Organization.')
        : HUBSPOT_FAULT_BODIES.missingScopes();
    case 'insufficient-access':
      return crm === 'salesforce'
        ? salesforceError(400, 'INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id')
        : HUBSPOT_FAULT_BODIES.missingScopes();
    default:
      return crm === 'salesforce'
        ? SALESFORCE_FAULT_BODIES.server(fault.status)
        : HUBSPOT_FAULT_BODIES.server(fault.status);
  }
}

const ADMIN_JSON = { 'content-type': 'application/json' };

export async function startFakeCrm(options: FakeCrmOptions = {}): Promise<FakeCrm> {
  const initialSeed = FakeCrmSeed.parse(options.seed ?? {});
  const pageSize = options.pageSize ?? 2000;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 2000)
    throw new RangeError('pageSize must be 1..2000');
  const startedAt = performance.now();
  const salesforce = new SalesforceApi(initialSeed.salesforce, pageSize);
  const hubspot = new HubSpotApi(initialSeed.hubspot, {
    searchRequestsPerSecond: options.searchRequestsPerSecond ?? 5,
    now: () => performance.now(),
  });
  const faults = new FaultInjector();
  const files = new SalesforceFiles();
  const notes = new HubSpotNotes();
  let identities = seedIdentities(initialSeed);
  let log: RequestLogEntry[] = [];
  let seq = 0;

  const applySeed = (seed: FakeCrmSeed) => {
    salesforce.replaceSeed(seed.salesforce);
    hubspot.replaceSeed(seed.hubspot);
    identities = seedIdentities(seed);
  };

  const ledgerRoute = (crm: Crm, request: ApiRequest): Reply | null => {
    if (crm === 'salesforce') {
      const userId = identities.salesforceUserOf(request.token);
      // An unknown session falls through to the Salesforce API, which answers INVALID_SESSION_ID.
      return userId === null ? null : files.handle(request, userId);
    }
    const notesPath = /^\/crm\/v3\/objects\/([a-z0-9-]+)(\/search)?$/.exec(request.path);
    if (!notesPath || request.method !== 'POST' || !HubSpotNotes.isNotesObject(notesPath[1] ?? ''))
      return null;
    const caller = identities.hubspotCallerOf(request.token);
    if (caller === null) return null;
    return notesPath[2] === undefined
      ? notes.create(request.body, caller)
      : notes.search(request.body, caller);
  };

  const admin = async (request: IncomingMessage, path: string): Promise<Reply> => {
    const method = request.method ?? 'GET';
    const readJson = async (): Promise<unknown> => JSON.parse((await readBody(request)) || 'null') as unknown;
    try {
      if (path === '/__admin/faults' && method === 'POST') {
        faults.set((await readJson()) as FaultInput[]);
        return { status: 200, headers: ADMIN_JSON, body: { pending: faults.pending() } };
      }
      if (path === '/__admin/faults' && method === 'GET') {
        return { status: 200, headers: ADMIN_JSON, body: { pending: faults.pending() } };
      }
      if (path === '/__admin/seed' && method === 'POST') {
        applySeed(FakeCrmSeed.parse(await readJson()));
        return { status: 200, headers: ADMIN_JSON, body: { ok: true } };
      }
      if (path === '/__admin/requests' && method === 'GET')
        return { status: 200, headers: ADMIN_JSON, body: log };
      if (path === '/__admin/requests' && method === 'DELETE') {
        log = [];
        return { status: 200, headers: ADMIN_JSON, body: { ok: true } };
      }
      if (path === '/__admin/files' && method === 'GET')
        return { status: 200, headers: ADMIN_JSON, body: files.list() };
      if (path === '/__admin/files' && method === 'POST') {
        const done = files.admin(FileAdminAction.parse(await readJson()));
        return done.ok
          ? { status: 200, headers: ADMIN_JSON, body: { ok: true } }
          : { status: 404, headers: ADMIN_JSON, body: { error: done.error } };
      }
      if (path === '/__admin/notes' && method === 'GET')
        return { status: 200, headers: ADMIN_JSON, body: notes.list() };
      if (path === '/__admin/notes' && method === 'POST') {
        const done = notes.admin(NoteAdminAction.parse(await readJson()));
        return done.ok
          ? { status: 200, headers: ADMIN_JSON, body: { ok: true } }
          : { status: 404, headers: ADMIN_JSON, body: { error: done.error } };
      }
      if (path === '/__admin/reset' && method === 'POST') {
        reset();
        return { status: 200, headers: ADMIN_JSON, body: { ok: true } };
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { status: 400, headers: ADMIN_JSON, body: { error: message } };
    }
    return { status: 404, headers: ADMIN_JSON, body: { error: `no admin route ${method} ${path}` } };
  };

  const reset = () => {
    applySeed(initialSeed);
    files.clear();
    notes.clear();
    faults.clear();
    log = [];
  };

  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = performance.now();
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'https://fake-crm.invalid');
    const path = url.pathname;
    if (path.startsWith('/__admin/')) {
      send(response, await admin(request, path));
      return;
    }
    const host = hostOf(request);
    const crm = crmOf(path);
    let status = 0;
    let faultKind: RequestLogEntry['fault'] = null;
    try {
      const fault = crm === null ? null : faults.take(method, path);
      faultKind = fault?.kind ?? null;
      if (fault?.kind === 'reset') {
        request.socket.destroy();
        return;
      }
      if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      const apiRequest: ApiRequest = {
        method,
        path,
        query: url.searchParams,
        headers: request.headers,
        host,
        token: bearerToken(request),
        body: method === 'POST' ? await readBody(request) : '',
      };
      let reply: Reply;
      const ledgerReply =
        crm === null || (fault && fault.kind !== 'delay' && fault.kind !== 'truncated-body')
          ? null
          : ledgerRoute(crm, apiRequest);
      if (crm === null) {
        reply = { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found' };
      } else if (fault && fault.kind !== 'delay' && fault.kind !== 'truncated-body') {
        reply = faultReply(crm, fault);
      } else if (ledgerReply !== null) {
        reply = ledgerReply;
      } else if (crm === 'salesforce') {
        reply = salesforce.handle(apiRequest);
      } else {
        const answer = hubspot.handle(apiRequest);
        reply = answer.reply;
        if (answer.rateLimited && faultKind === null) faultKind = 'rate-limit';
      }
      const headers: Record<string, string> = { ...reply.headers };
      if (crm === 'salesforce') headers['sforce-limit-info'] = salesforce.limitInfo();
      if (crm === 'hubspot') Object.assign(headers, hubspot.rateLimitHeaders(path));
      status = reply.status;
      if (fault?.kind === 'truncated-body') {
        // Sent without a length and ended normally: the client gets a complete, cut-off JSON text.
        const text = bodyText(reply);
        response.writeHead(reply.status, headers);
        response.end(text.slice(0, Math.floor(text.length / 2)));
      } else {
        send(response, { ...reply, headers });
      }
    } catch (error) {
      status = 500;
      send(response, {
        status: 500,
        headers: { 'content-type': 'text/plain' },
        body: `fake-crm: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      seq += 1;
      log.push({
        seq,
        method,
        host,
        path,
        query: url.search.replace(/^\?/, ''),
        status,
        fault: faultKind,
        startedAtMs: Math.round(started - startedAt),
        durationMs: Math.round(performance.now() - started),
      });
    }
  };

  const certificate = options.certificate ?? (await selfSignedCertificate());
  const server: Server = createServer(
    { key: certificate.key, cert: certificate.cert },
    (request, response) => {
      serve(request, response).catch((error: unknown) => {
        response.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `https://localhost:${port}`,
    port,
    certificate: certificate.cert,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    setFaults: (list) => faults.set(list),
    pendingFaults: () => faults.pending(),
    requests: () => [...log],
    clearRequests: () => {
      log = [];
    },
    setSeed: (seed) => applySeed(FakeCrmSeed.parse(seed)),
    reset,
    files: () => files.list(),
    adminFile: (action) => {
      const done = files.admin(FileAdminAction.parse(action));
      if (!done.ok) throw new Error(done.error);
    },
    notes: () => notes.list(),
    adminNote: (action) => {
      const done = notes.admin(NoteAdminAction.parse(action));
      if (!done.ok) throw new Error(done.error);
    },
  };
}
