/**
 * The ledger through Salesforce Files (docs/ledger-transport.md): one File per author per plan,
 * titled with the log's opaque name, holding the whole sealed log; a new version on each append;
 * shared with the other person's User through a `ContentDocumentLink` (`ShareType: "V"`, viewer:
 * they read it and cannot change it).
 *
 * One query finds everything: the links of the current user (`LinkedEntityId = me`) list both
 * the user's own files (Salesforce links the owner) and those shared with them, with each file's
 * latest version. Nothing changed costs that one query; a body is downloaded only when its
 * version changed. An upload is resumable: a file whose creation was not recorded (the worker
 * was stopped between the upload and the share) is found again by its title, never made twice.
 */
import { type CrmFault, SALESFORCE_API_VERSION } from '@onpace/core/crm';
import type { LedgerEventInput } from '@onpace/core/ledger';
import { acceptLogCopy, parseSealedFile, SEALED_FILE_FORMAT } from '@onpace/core/ledger-log';
import { z } from 'zod';
import type { CrmAnswer, CrmHttp } from '../sync/http';
import { toBase64 } from './base64url';
import { type LogAddress, UnverifiedRecordError } from './crypto';
import type { ReadOutcome, WriteOutcome } from './outcome';
import { openLog, sealLog } from './seal-log';

const SALESFORCE_ID = z.string().regex(/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/);

const InsertAnswer = z.object({ id: SALESFORCE_ID, success: z.literal(true) });

const LinkRow = z.object({
  ContentDocumentId: SALESFORCE_ID,
  ContentDocument: z.object({
    Title: z.string(),
    LatestPublishedVersionId: SALESFORCE_ID,
    OwnerId: SALESFORCE_ID,
  }),
});
const LinkListing = z.object({ done: z.boolean(), records: z.array(LinkRow) });
const DocumentLinks = z.object({ records: z.array(z.object({ LinkedEntityId: SALESFORCE_ID })) });
const VersionDocument = z.object({ records: z.array(z.object({ ContentDocumentId: SALESFORCE_ID })) });

/** One file the current user can see: theirs or shared with them. */
export interface VisibleFile {
  readonly documentId: string;
  readonly title: string;
  readonly latestVersionId: string;
  readonly ownerId: string;
}

/** What this browser remembers of its own log's file. */
export interface OwnFileCheckpoint {
  readonly documentId: string | null;
  /** The hash of the newest event the file's latest version holds. */
  readonly uploadedHead: string | null;
  /** The user the file was last seen shared with. */
  readonly sharedWith: string | null;
}

/** What this browser remembers of the other person's file. */
export interface PeerFileCheckpoint {
  readonly documentId: string | null;
  readonly versionId: string | null;
}

export const NO_OWN_FILE: OwnFileCheckpoint = { documentId: null, uploadedHead: null, sharedWith: null };
export const NO_PEER_FILE: PeerFileCheckpoint = { documentId: null, versionId: null };

export interface SalesforceFilesOptions {
  readonly http: CrmHttp;
  /** The org's My Domain API host (`acme.my.salesforce.com`). */
  readonly apiHost: string;
  /** The session id (the browser's `sid`), sent as the bearer token. */
  readonly sessionId: string;
  /** The current user's Salesforce User Id. */
  readonly userId: string;
}

type Failed = { readonly status: 'fault'; readonly fault: CrmFault; readonly retryAtMs: number | null };

function failed(answer: Extract<CrmAnswer<unknown>, { ok: false }>): Failed {
  return { status: 'fault', fault: answer.fault, retryAtMs: answer.retryAtMs };
}

function quote(id: string): string {
  if (!/^[a-zA-Z0-9]+$/.test(id)) throw new Error('not a Salesforce id');
  return `'${id}'`;
}

export class SalesforceLedgerFiles {
  constructor(private readonly options: SalesforceFilesOptions) {}

  private url(path: string): string {
    return `https://${this.options.apiHost}/services/data/v${SALESFORCE_API_VERSION}/${path}`;
  }

  private query<Schema extends z.ZodType>(soql: string, schema: Schema) {
    return this.options.http.call({
      crm: 'salesforce',
      url: this.url(`query?q=${encodeURIComponent(soql)}`),
      token: this.options.sessionId,
      schema,
    });
  }

  private insert(object: 'ContentVersion' | 'ContentDocumentLink', json: Record<string, string>) {
    return this.options.http.call({
      crm: 'salesforce',
      url: this.url(`sobjects/${object}`),
      token: this.options.sessionId,
      schema: InsertAnswer,
      json,
    });
  }

  /** The one query of an idle sync: every file the user owns or that is shared with them. */
  async visibleFiles(): Promise<{ readonly status: 'ok'; readonly files: VisibleFile[] } | Failed> {
    const answer = await this.query(
      'SELECT ContentDocumentId, ContentDocument.Title, ContentDocument.LatestPublishedVersionId, ' +
        `ContentDocument.OwnerId FROM ContentDocumentLink WHERE LinkedEntityId = ${quote(this.options.userId)}`,
      LinkListing,
    );
    if (!answer.ok) return failed(answer);
    return {
      status: 'ok',
      files: answer.data.records.map((row) => ({
        documentId: row.ContentDocumentId,
        title: row.ContentDocument.Title,
        latestVersionId: row.ContentDocument.LatestPublishedVersionId,
        ownerId: row.ContentDocument.OwnerId,
      })),
    };
  }

  /**
   * Uploads this user's log when it has events the file does not hold yet, then makes sure the
   * other person can read it. `save` is called after each step that changes the checkpoint, so a
   * worker stopped at any point resumes where it was.
   */
  async publish(input: {
    readonly files: readonly VisibleFile[];
    readonly address: LogAddress;
    readonly key: CryptoKey;
    readonly events: readonly LedgerEventInput[];
    readonly head: string | null;
    /** Null while the other person's User Id is unknown: the file is written, shared later. */
    readonly peerUserId: string | null;
    readonly checkpoint: OwnFileCheckpoint;
    readonly save: (checkpoint: OwnFileCheckpoint) => Promise<void>;
  }): Promise<WriteOutcome> {
    const { http } = this.options;
    const before = http.requests('salesforce');
    let checkpoint = input.checkpoint;
    const own = input.files.find(
      (file) => file.title === input.address.log && file.ownerId === this.options.userId,
    );
    if (checkpoint.documentId !== null && own === undefined) {
      // The file seen before is gone (an admin deleted it): start a new one holding the whole log.
      checkpoint = NO_OWN_FILE;
    } else if (checkpoint.documentId === null && own !== undefined) {
      // Uploaded before, but the worker stopped before recording it: the same file, not a second.
      checkpoint = { documentId: own.documentId, uploadedHead: null, sharedWith: null };
    }
    if (
      input.events.length > 0 &&
      (checkpoint.uploadedHead !== input.head || checkpoint.documentId === null)
    ) {
      const blobs = (await sealLog(input.key, input.address, input.events)).map((chunk) => chunk.blob);
      const content = JSON.stringify({ format: SEALED_FILE_FORMAT, v: 1, blobs });
      const version = await this.insert('ContentVersion', {
        Title: input.address.log,
        PathOnClient: `${input.address.log}.txt`,
        VersionData: toBase64(new TextEncoder().encode(content)),
        ...(checkpoint.documentId === null ? {} : { ContentDocumentId: checkpoint.documentId }),
      });
      if (!version.ok) return failed(version);
      let documentId = checkpoint.documentId;
      if (documentId === null) {
        const found = await this.query(
          `SELECT ContentDocumentId FROM ContentVersion WHERE Id = ${quote(version.data.id)}`,
          VersionDocument,
        );
        if (!found.ok) return failed(found);
        documentId = found.data.records[0]?.ContentDocumentId ?? null;
        if (documentId === null) {
          return failed({
            ok: false,
            fault: {
              kind: 'malformed-response',
              crm: 'salesforce',
              status: 200,
              message: 'the new file has no document',
            },
            retryAtMs: null,
          });
        }
      }
      // A new version may have been made by someone the file is no longer shared with: check again.
      checkpoint = { documentId, uploadedHead: input.head, sharedWith: null };
      await input.save(checkpoint);
    }
    if (
      checkpoint.documentId !== null &&
      input.peerUserId !== null &&
      checkpoint.sharedWith !== input.peerUserId
    ) {
      const shared = await this.ensureShared(checkpoint.documentId, input.peerUserId);
      if (shared !== null) return shared;
      checkpoint = { ...checkpoint, sharedWith: input.peerUserId };
      await input.save(checkpoint);
    }
    const requests = http.requests('salesforce') - before;
    return requests === 0 ? { status: 'unchanged' } : { status: 'written', requests };
  }

  /** Links the file to the other person's User as a viewer, unless it already is. */
  private async ensureShared(documentId: string, peerUserId: string): Promise<Failed | null> {
    const links = await this.query(
      `SELECT LinkedEntityId FROM ContentDocumentLink WHERE ContentDocumentId = ${quote(documentId)}`,
      DocumentLinks,
    );
    if (!links.ok) return failed(links);
    if (links.data.records.some((link) => link.LinkedEntityId === peerUserId)) return null;
    const link = await this.insert('ContentDocumentLink', {
      ContentDocumentId: documentId,
      LinkedEntityId: peerUserId,
      ShareType: 'V',
      Visibility: 'AllUsers',
    });
    if (!link.ok && !(link.fault.kind === 'rejected' && link.fault.code === 'DUPLICATE_VALUE'))
      return failed(link);
    return null;
  }

  /**
   * Reads the other person's log when its file has a version this browser has not read, and
   * applies the reader's rule (core's acceptLogCopy) to it.
   */
  async read(input: {
    readonly files: readonly VisibleFile[];
    readonly address: LogAddress;
    readonly key: CryptoKey;
    readonly known: readonly LedgerEventInput[];
    readonly checkpoint: PeerFileCheckpoint;
  }): Promise<{ readonly outcome: ReadOutcome; readonly checkpoint: PeerFileCheckpoint }> {
    const { checkpoint } = input;
    const file = input.files.find(
      (candidate) => candidate.title === input.address.log && candidate.ownerId !== this.options.userId,
    );
    if (file === undefined) {
      const seen = checkpoint.documentId !== null || input.known.length > 0;
      return { outcome: { status: seen ? 'missing' : 'not-shared-yet' }, checkpoint };
    }
    if (file.latestVersionId === checkpoint.versionId)
      return { outcome: { status: 'unchanged' }, checkpoint };
    // Examined once, whatever it holds: a bad version is reported once and not downloaded again.
    const examined = { documentId: file.documentId, versionId: file.latestVersionId };
    const body = await this.options.http.call({
      crm: 'salesforce',
      url: this.url(`sobjects/ContentVersion/${file.latestVersionId}/VersionData`),
      token: this.options.sessionId,
      schema: z.unknown(),
    });
    if (!body.ok) {
      if (body.fault.kind === 'malformed-response') {
        return {
          outcome: { status: 'unverified', detail: 'the file is not an OnPace log' },
          checkpoint: examined,
        };
      }
      return { outcome: failed(body), checkpoint };
    }
    const sealed = parseSealedFile(body.data);
    if (!sealed.ok) return { outcome: { status: 'unverified', detail: sealed.error }, checkpoint: examined };
    let events: unknown[];
    try {
      events = await openLog(input.key, input.address, sealed.value.blobs);
    } catch (error) {
      if (!(error instanceof UnverifiedRecordError)) throw error;
      return { outcome: { status: 'unverified', detail: error.detail }, checkpoint: examined };
    }
    const result = acceptLogCopy({
      plan: input.address.plan,
      author: input.address.author,
      known: input.known,
      copy: events,
      whole: true,
    });
    // The version is remembered as examined even when refused: it is not downloaded again, the
    // caller keeps the warning, and the next version is checked against what was seen.
    if (result.status === 'refused') return { outcome: result, checkpoint: examined };
    return {
      outcome: result.status === 'unchanged' ? { status: 'unchanged' } : result,
      checkpoint: examined,
    };
  }
}
