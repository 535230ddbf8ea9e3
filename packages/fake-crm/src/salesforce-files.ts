/**
 * Salesforce Files as the ledger uses them, at their real paths and in their real shapes:
 * `POST …/sobjects/ContentVersion` (JSON, `VersionData` base64; with `ContentDocumentId` it is a
 * new version of that file), `POST …/sobjects/ContentDocumentLink` (share), SOQL on
 * `ContentDocumentLink` (which must filter on `LinkedEntityId` or `ContentDocumentId`, as since
 * API v59) and on `ContentVersion` by `Id`, and `GET …/sobjects/ContentVersion/{id}/VersionData`
 * (the raw bytes). Each user sees only the files they own and those shared with them; only the
 * owner adds versions or shares. Admin operations (alter, replace, delete, unshare) stand in for
 * an org admin, for tamper and fault tests.
 */
import { z } from 'zod';
import type { Reply } from './http.js';
import { salesforceDateTime, salesforceId } from './salesforce-ids.js';

const JSON_TYPE = { 'content-type': 'application/json;charset=UTF-8' };

function error(status: number, errorCode: string, message: string, fields?: string[]): Reply {
  return { status, headers: JSON_TYPE, body: [{ message, errorCode, ...(fields ? { fields } : {}) }] };
}

export interface StoredVersion {
  readonly id: string;
  readonly documentId: string;
  readonly title: string;
  readonly pathOnClient: string;
  bytes: Buffer;
  readonly createdById: string;
  readonly createdAtMs: number;
  /** 1 for the first version of its document, 2 for the next, … */
  readonly number: number;
}

export interface StoredDocument {
  readonly id: string;
  readonly ownerId: string;
  title: string;
  latestVersionId: string;
  lastModifiedMs: number;
  deleted: boolean;
}

export interface StoredLink {
  readonly id: string;
  readonly documentId: string;
  readonly linkedEntityId: string;
  readonly shareType: 'V' | 'C' | 'I';
  readonly visibility: 'AllUsers' | 'InternalUsers' | 'SharedUsers';
  readonly createdMs: number;
}

const USER_ID = /^005[a-zA-Z0-9]{15}$/;
const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

const VersionInsert = z.object({
  Title: z.string().min(1).max(255).optional(),
  PathOnClient: z.string().min(1).max(500).optional(),
  VersionData: z.string().optional(),
  ContentDocumentId: z.string().regex(SALESFORCE_ID).optional(),
  FirstPublishLocationId: z.string().regex(SALESFORCE_ID).optional(),
  ReasonForChange: z.string().max(1000).optional(),
});

const LinkInsert = z.object({
  ContentDocumentId: z.string().optional(),
  LinkedEntityId: z.string().optional(),
  ShareType: z.enum(['V', 'C', 'I']).optional(),
  Visibility: z.enum(['AllUsers', 'InternalUsers', 'SharedUsers']).default('AllUsers'),
});

const LINK_FIELDS = new Set([
  'Id',
  'ContentDocumentId',
  'LinkedEntityId',
  'ShareType',
  'Visibility',
  'SystemModstamp',
  'ContentDocument.Title',
  'ContentDocument.LatestPublishedVersionId',
  'ContentDocument.LastModifiedDate',
  'ContentDocument.OwnerId',
  'ContentDocument.FileExtension',
]);
const VERSION_FIELDS = new Set([
  'Id',
  'ContentDocumentId',
  'Title',
  'PathOnClient',
  'VersionNumber',
  'CreatedDate',
]);

const FILE_QUERY =
  /^\s*SELECT\s+(.+?)\s+FROM\s+(ContentDocumentLink|ContentVersion)\s+WHERE\s+(\w+)\s*=\s*'([^']*)'\s*$/i;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** What an admin does to a stored file in the tamper and fault tests. */
export const FileAdminAction = z.discriminatedUnion('action', [
  /** Flip one byte of the latest version in place: the ciphertext no longer authenticates. */
  z.object({ action: z.literal('alter'), title: z.string(), byte: z.number().int().min(0).default(40) }),
  /** A new latest version with these bytes, as if its owner had uploaded it (a rewritten history). */
  z.object({ action: z.literal('replace'), title: z.string(), versionData: z.string().regex(BASE64) }),
  z.object({ action: z.literal('delete'), title: z.string() }),
  z.object({ action: z.literal('unshare'), title: z.string(), userId: z.string().regex(USER_ID) }),
]);
export type FileAdminAction = z.infer<typeof FileAdminAction>;

/**
 * Where to alter a file so that only ciphertext changes: `byte` characters into the data of its
 * first sealed blob (`onpace1.<log>.<data>`), or at `byte` in a file of any other kind.
 */
function tamperIndex(text: string, byte: number): number {
  const blob = text.indexOf('onpace1.');
  const data = blob < 0 ? -1 : text.indexOf('.', blob + 'onpace1.'.length);
  const start = data < 0 ? 0 : data + 1;
  return Math.min(start + byte, Math.max(0, text.length - 1));
}

export class SalesforceFiles {
  private documents = new Map<string, StoredDocument>();
  private versions = new Map<string, StoredVersion>();
  private links: StoredLink[] = [];
  private counters = { document: 0, version: 0, link: 0 };

  constructor(private readonly now: () => number = Date.now) {}

  clear(): void {
    this.documents.clear();
    this.versions.clear();
    this.links = [];
    this.counters = { document: 0, version: 0, link: 0 };
  }

  /** The routes this store answers; null for any other path (the rest of the Salesforce API). */
  handle(
    request: { method: string; path: string; query: URLSearchParams; body: string; host: string },
    userId: string,
  ): Reply | null {
    const path = /^\/services\/data\/v(\d{2,3}\.\d)\/(.+)$/.exec(request.path);
    if (!path) return null;
    const [, version = '66.0', rest = ''] = path;
    if (request.method === 'POST' && rest === 'sobjects/ContentVersion')
      return this.insertVersion(request.body, userId);
    if (request.method === 'POST' && rest === 'sobjects/ContentDocumentLink')
      return this.insertLink(request.body, userId);
    const data = /^sobjects\/ContentVersion\/([a-zA-Z0-9]{15,18})\/VersionData$/.exec(rest);
    if (data && request.method === 'GET') return this.versionData(data[1] ?? '', userId);
    if (request.method === 'GET' && (rest === 'query' || rest === 'query/')) {
      const soql = request.query.get('q') ?? '';
      if (!/\bFROM\s+(ContentDocumentLink|ContentVersion)\b/i.test(soql)) return null;
      return this.query(version, soql, userId);
    }
    return null;
  }

  private versionCount(documentId: string): number {
    let count = 0;
    for (const version of this.versions.values()) if (version.documentId === documentId) count += 1;
    return count;
  }

  private canSee(document: StoredDocument, userId: string): boolean {
    return (
      !document.deleted &&
      (document.ownerId === userId ||
        this.links.some((link) => link.documentId === document.id && link.linkedEntityId === userId))
    );
  }

  private readJson(text: string): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }

  private insertVersion(text: string, userId: string): Reply {
    const parsed = VersionInsert.safeParse(this.readJson(text));
    if (!parsed.success) {
      return error(
        400,
        'JSON_PARSER_ERROR',
        `Cannot deserialize instance of ContentVersion: ${parsed.error.issues[0]?.message}`,
      );
    }
    const input = parsed.data;
    const missing = (['VersionData', 'PathOnClient'] as const).filter((field) => input[field] === undefined);
    if (missing.length > 0) {
      return error(
        400,
        'REQUIRED_FIELD_MISSING',
        `Required fields are missing: [${missing.join(', ')}]`,
        missing,
      );
    }
    if (!BASE64.test(input.VersionData ?? '')) {
      return error(400, 'INVALID_FIELD', 'VersionData: value not of required type: base64', ['VersionData']);
    }
    const now = this.now();
    let document: StoredDocument;
    if (input.ContentDocumentId !== undefined) {
      const existing = this.documents.get(input.ContentDocumentId);
      if (!existing || existing.deleted) {
        return error(400, 'ENTITY_IS_DELETED', 'entity is deleted', ['ContentDocumentId']);
      }
      if (existing.ownerId !== userId) {
        return error(
          400,
          'INSUFFICIENT_ACCESS_OR_READONLY',
          'insufficient access rights on cross-reference id',
          ['ContentDocumentId'],
        );
      }
      document = existing;
    } else {
      this.counters.document += 1;
      document = {
        id: salesforceId('069', this.counters.document),
        ownerId: userId,
        title: input.Title ?? input.PathOnClient ?? '',
        latestVersionId: '',
        lastModifiedMs: now,
        deleted: false,
      };
      this.documents.set(document.id, document);
      // The owner's own link, as Salesforce makes it (ShareType I: inferred from ownership).
      this.addLink(document.id, userId, 'I', 'AllUsers');
    }
    this.counters.version += 1;
    const version: StoredVersion = {
      id: salesforceId('068', this.counters.version),
      documentId: document.id,
      title: input.Title ?? document.title,
      pathOnClient: input.PathOnClient ?? '',
      bytes: Buffer.from(input.VersionData ?? '', 'base64'),
      createdById: userId,
      createdAtMs: now,
      number: this.versionCount(document.id) + 1,
    };
    this.versions.set(version.id, version);
    document.latestVersionId = version.id;
    document.title = version.title;
    document.lastModifiedMs = now;
    return { status: 201, headers: JSON_TYPE, body: { id: version.id, success: true, errors: [] } };
  }

  private addLink(
    documentId: string,
    linkedEntityId: string,
    shareType: StoredLink['shareType'],
    visibility: StoredLink['visibility'],
  ): StoredLink {
    this.counters.link += 1;
    const link: StoredLink = {
      id: salesforceId('06A', this.counters.link),
      documentId,
      linkedEntityId,
      shareType,
      visibility,
      createdMs: this.now(),
    };
    this.links.push(link);
    return link;
  }

  private insertLink(text: string, userId: string): Reply {
    const parsed = LinkInsert.safeParse(this.readJson(text));
    if (!parsed.success) {
      return error(
        400,
        'JSON_PARSER_ERROR',
        `Cannot deserialize instance of ContentDocumentLink: ${parsed.error.issues[0]?.message}`,
      );
    }
    const input = parsed.data;
    const missing = (['ContentDocumentId', 'LinkedEntityId'] as const).filter(
      (field) => input[field] === undefined,
    );
    if (missing.length > 0) {
      return error(
        400,
        'REQUIRED_FIELD_MISSING',
        `Required fields are missing: [${missing.join(', ')}]`,
        missing,
      );
    }
    const document = this.documents.get(input.ContentDocumentId ?? '');
    if (!document || document.deleted) {
      return error(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', ['ContentDocumentId']);
    }
    if (document.ownerId !== userId) {
      return error(
        400,
        'INSUFFICIENT_ACCESS_OR_READONLY',
        'insufficient access rights on cross-reference id',
        ['ContentDocumentId'],
      );
    }
    const linked = input.LinkedEntityId ?? '';
    if (!SALESFORCE_ID.test(linked)) {
      return error(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', ['LinkedEntityId']);
    }
    if (this.links.some((link) => link.documentId === document.id && link.linkedEntityId === linked)) {
      return error(
        400,
        'DUPLICATE_VALUE',
        `Document with ID: ${document.id} is already linked with the entity with ID: ${linked}`,
        ['LinkedEntityId'],
      );
    }
    const link = this.addLink(document.id, linked, input.ShareType ?? 'V', input.Visibility);
    return { status: 201, headers: JSON_TYPE, body: { id: link.id, success: true, errors: [] } };
  }

  private versionData(versionId: string, userId: string): Reply {
    const version = this.versions.get(versionId);
    const document = version ? this.documents.get(version.documentId) : undefined;
    if (!version || !document || !this.canSee(document, userId)) {
      return error(404, 'NOT_FOUND', 'The requested resource does not exist');
    }
    return {
      status: 200,
      headers: { 'content-type': 'application/octetstream' },
      body: version.bytes.toString('utf8'),
    };
  }

  private query(version: string, soql: string, userId: string): Reply {
    const match = FILE_QUERY.exec(soql);
    if (!match) {
      return error(
        400,
        'MALFORMED_QUERY',
        "Implementation restriction: ContentDocumentLink requires a filter by a single Id on ContentDocumentId or LinkedEntityId using the equals operator or multiple Id's using the IN operator.",
      );
    }
    const [, fieldList = '', object = '', filterField = '', value = ''] = match;
    const fields = fieldList.split(',').map((field) => field.trim());
    const allowed = object === 'ContentVersion' ? VERSION_FIELDS : LINK_FIELDS;
    const unknown = fields.find((field) => !allowed.has(field));
    if (unknown !== undefined) {
      return error(400, 'INVALID_FIELD', `No such column '${unknown}' on entity '${object}'.`);
    }
    let records: Record<string, unknown>[];
    if (object === 'ContentVersion') {
      if (filterField !== 'Id') {
        return error(400, 'MALFORMED_QUERY', "OnPace's fake answers ContentVersion queries by Id only");
      }
      const found = this.versions.get(value);
      const document = found ? this.documents.get(found.documentId) : undefined;
      records =
        found && document && this.canSee(document, userId) ? [this.versionRow(version, found, fields)] : [];
    } else {
      if (filterField !== 'LinkedEntityId' && filterField !== 'ContentDocumentId') {
        return error(
          400,
          'MALFORMED_QUERY',
          "Implementation restriction: ContentDocumentLink requires a filter by a single Id on ContentDocumentId or LinkedEntityId using the equals operator or multiple Id's using the IN operator.",
        );
      }
      records = this.links
        .filter(
          (link) => (filterField === 'LinkedEntityId' ? link.linkedEntityId : link.documentId) === value,
        )
        .filter((link) => {
          const document = this.documents.get(link.documentId);
          return document !== undefined && this.canSee(document, userId);
        })
        .map((link) => this.linkRow(version, link, fields));
    }
    return { status: 200, headers: JSON_TYPE, body: { totalSize: records.length, done: true, records } };
  }

  private versionRow(
    apiVersion: string,
    stored: StoredVersion,
    fields: readonly string[],
  ): Record<string, unknown> {
    const values: Record<string, unknown> = {
      Id: stored.id,
      ContentDocumentId: stored.documentId,
      Title: stored.title,
      PathOnClient: stored.pathOnClient,
      VersionNumber: String(stored.number),
      CreatedDate: salesforceDateTime(stored.createdAtMs),
    };
    const row: Record<string, unknown> = {
      attributes: {
        type: 'ContentVersion',
        url: `/services/data/v${apiVersion}/sobjects/ContentVersion/${stored.id}`,
      },
    };
    for (const field of fields) row[field] = values[field] ?? null;
    return row;
  }

  private linkRow(apiVersion: string, link: StoredLink, fields: readonly string[]): Record<string, unknown> {
    const document = this.documents.get(link.documentId) as StoredDocument;
    const row: Record<string, unknown> = {
      attributes: {
        type: 'ContentDocumentLink',
        url: `/services/data/v${apiVersion}/sobjects/ContentDocumentLink/${link.id}`,
      },
    };
    const own: Record<string, unknown> = {
      Id: link.id,
      ContentDocumentId: link.documentId,
      LinkedEntityId: link.linkedEntityId,
      ShareType: link.shareType,
      Visibility: link.visibility,
      SystemModstamp: salesforceDateTime(link.createdMs),
    };
    const related: Record<string, unknown> = {
      Title: document.title,
      LatestPublishedVersionId: document.latestVersionId,
      LastModifiedDate: salesforceDateTime(document.lastModifiedMs),
      OwnerId: document.ownerId,
      FileExtension:
        (this.versions.get(document.latestVersionId)?.pathOnClient.split('.').pop() ?? '').toLowerCase() ||
        null,
    };
    for (const field of fields) {
      if (field.startsWith('ContentDocument.')) {
        const name = field.slice('ContentDocument.'.length);
        if (row.ContentDocument === undefined) {
          row.ContentDocument = {
            attributes: {
              type: 'ContentDocument',
              url: `/services/data/v${apiVersion}/sobjects/ContentDocument/${document.id}`,
            },
          };
        }
        const nested = row.ContentDocument as Record<string, unknown>;
        nested[name] = related[name] ?? null;
      } else {
        row[field] = own[field] ?? null;
      }
    }
    return row;
  }

  /** An admin's change to a stored file (by its title): tampering, rewriting, deleting, unsharing. */
  admin(action: FileAdminAction): { ok: true } | { ok: false; error: string } {
    const document = [...this.documents.values()].find(
      (candidate) => candidate.title === action.title && !candidate.deleted,
    );
    if (!document) return { ok: false, error: `no file titled ${action.title}` };
    switch (action.action) {
      case 'alter': {
        const version = this.versions.get(document.latestVersionId) as StoredVersion;
        const bytes = Buffer.from(version.bytes);
        const index = tamperIndex(bytes.toString('utf8'), action.byte);
        // Change a base64url character for another one, so the text still parses and only the
        // ciphertext is different: the kind of tampering only authentication catches.
        const current = String.fromCharCode(bytes[index] ?? 65);
        bytes[index] = (current === 'A' ? 'B' : 'A').charCodeAt(0);
        version.bytes = bytes;
        return { ok: true };
      }
      case 'replace': {
        this.counters.version += 1;
        const now = this.now();
        const version: StoredVersion = {
          id: salesforceId('068', this.counters.version),
          documentId: document.id,
          title: document.title,
          pathOnClient: this.versions.get(document.latestVersionId)?.pathOnClient ?? '',
          bytes: Buffer.from(action.versionData, 'base64'),
          createdById: document.ownerId,
          createdAtMs: now,
          number: this.versionCount(document.id) + 1,
        };
        this.versions.set(version.id, version);
        document.latestVersionId = version.id;
        document.lastModifiedMs = now;
        return { ok: true };
      }
      case 'delete':
        document.deleted = true;
        return { ok: true };
      case 'unshare':
        this.links = this.links.filter(
          (link) => !(link.documentId === document.id && link.linkedEntityId === action.userId),
        );
        return { ok: true };
    }
  }

  /** Every stored file, for tests and the demo's story: titles, owners, shares, latest bytes. */
  list(): {
    id: string;
    title: string;
    ownerId: string;
    versions: number;
    sharedWith: string[];
    latest: string;
    deleted: boolean;
  }[] {
    return [...this.documents.values()].map((document) => ({
      id: document.id,
      title: document.title,
      ownerId: document.ownerId,
      versions: this.versionCount(document.id),
      sharedWith: this.links
        .filter((link) => link.documentId === document.id && link.linkedEntityId !== document.ownerId)
        .map((link) => link.linkedEntityId),
      latest: this.versions.get(document.latestVersionId)?.bytes.toString('utf8') ?? '',
      deleted: document.deleted,
    }));
  }
}
