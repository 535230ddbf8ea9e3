/**
 * Salesforce: the org from the tab's host, the session from the browser (session.ts), the user
 * from `/services/oauth2/userinfo` (once per org, then cached in the sync state), and the rep's
 * Task, Event and Opportunity records over the plan window by SOQL with explicit UTC bounds
 * (core's soqlForWindow), page by page along `nextRecordsUrl`.
 *
 * Always `queryAll`: it returns deleted records (`IsDeleted = true`, kept 15 days in the recycle
 * bin), which core maps to tombstones, so an incremental sync retracts a deleted call at once
 * instead of waiting for the daily full resync.
 */
import {
  activitiesFromSalesforce,
  type CrmFault,
  SALESFORCE_METRICS,
  SALESFORCE_OBJECT_TYPES,
  type SalesforceObjectType,
  SalesforceQueryPage,
  SalesforceUserInfo,
  salesforceQueryPath,
  salesforceUserField,
  soqlForWindow,
} from '@onpace/core/crm';
import type { Connector, ConnectorContext, OpenResult, SourceReader, StepResult } from '../connector';
import { SETUP_FAULTS, syncFaultOf } from '../fault-messages';
import type { CrmHttp } from '../http';
import type { ObjectProgress, PassCursor, SalesforceProgress, SyncIdentity } from '../state';
import { salesforceLightningHost } from './host';
import { recordFacts } from './records';
import type { SessionProvider } from './session';

export interface SalesforceConnectorOptions {
  readonly http: CrmHttp;
  readonly sessions: SessionProvider;
  /** The My Domain host of the org open in a tab (or last seen there); null when none is known. */
  readonly apiHost: () => Promise<string | null>;
}

/**
 * The code of a Lead query refused for want of access (a profile without Lead, or an org without
 * it: `INVALID_TYPE`), else null: only then is the Lead read skipped instead of failing the pass.
 */
function leadRefusal(fault: CrmFault): string | null {
  if (fault.kind === 'forbidden') return fault.code ?? `HTTP ${fault.status}`;
  if (
    fault.kind === 'rejected' &&
    (fault.code === 'INVALID_TYPE' || fault.code === 'INSUFFICIENT_ACCESS_OR_READONLY')
  ) {
    return fault.code;
  }
  return null;
}

function isObjectType(name: string): name is SalesforceObjectType {
  return (SALESFORCE_OBJECT_TYPES as readonly string[]).includes(name);
}

function newest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.max(a, b);
}

function faultContext(context: ConnectorContext) {
  return {
    nowMs: context.nowMs,
    repName: context.plan.rep.name,
    isMine: context.isMine,
    timeZone: context.plan.timeZone,
  };
}

export function salesforceConnector(options: SalesforceConnectorOptions): Connector {
  return {
    source: 'salesforce',
    async open(context): Promise<OpenResult> {
      const apiHost = (await options.apiHost()) ?? context.state.identity?.apiHost ?? null;
      if (apiHost === null) return { kind: 'skip', reason: 'no Salesforce org open in a tab' };
      const configured = context.plan.rep.crm?.salesforceUserId ?? null;
      if (configured === null && !context.isMine) {
        return { kind: 'skip', reason: `the plan names no Salesforce user for ${context.plan.rep.name}` };
      }
      const session = await options.sessions.session(apiHost);
      if (session === null)
        return { kind: 'fault', fault: SETUP_FAULTS.noSalesforceSession(faultContext(context)) };

      const cached = context.state.identity;
      const reusable =
        cached !== null &&
        cached.idKind === 'salesforce-user' &&
        cached.apiHost === apiHost &&
        (session.orgId === null || cached.orgId === session.orgId) &&
        (configured === null || cached.crmUserId === configured);
      let identity: SyncIdentity;
      if (reusable) {
        identity = cached;
      } else {
        const answer = await options.http.call({
          crm: 'salesforce',
          url: `https://${apiHost}/services/oauth2/userinfo`,
          token: session.token,
          schema: SalesforceUserInfo,
        });
        if (!answer.ok) {
          const fault = syncFaultOf(answer.fault, { ...faultContext(context), retryAtMs: answer.retryAtMs });
          return { kind: 'fault', fault };
        }
        identity = {
          // The plan's id for the rep; on the user's own plan without one, the user themself.
          crmUserId: configured ?? answer.data.userId,
          idKind: 'salesforce-user',
          apiHost,
          orgId: answer.data.organizationId.slice(0, 15),
          email: null,
          checkedAt: new Date(context.nowMs).toISOString(),
        };
      }
      return { kind: 'ready', reader: salesforceReader(options.http, context, identity, session.token) };
    },
  };
}

function salesforceReader(
  http: CrmHttp,
  context: ConnectorContext,
  identity: SyncIdentity,
  token: string,
): SourceReader {
  const definitions = context.definitions;
  const lightningHost = salesforceLightningHost(identity.apiHost);
  const userField = salesforceUserField(definitions.salesforce.attribution);

  const query = async (
    objectType: SalesforceObjectType,
    cursor: PassCursor,
    progress: SalesforceProgress,
  ): Promise<StepResult> => {
    const mark = cursor.kind === 'incremental' ? context.state.marks[objectType] : undefined;
    const since = newest(mark ?? null, progress.lastModstampMs);
    const path =
      progress.nextRecordsUrl ??
      salesforceQueryPath(
        soqlForWindow(objectType, {
          fromUtc: cursor.window.fromMs,
          toUtc: cursor.window.toMs,
          ownerId: identity.crmUserId,
          userField,
          ...(since === null ? {} : { modifiedSince: since }),
        }),
        { all: true },
      );
    const answer = await http.call({
      crm: 'salesforce',
      url: `https://${identity.apiHost}${path}`,
      token,
      schema: SalesforceQueryPage,
    });
    if (!answer.ok) {
      // Query cursors expire (15 minutes idle, 10 open per user): the query is sorted by
      // SystemModstamp, so it goes on from the newest one read instead of starting over.
      if (
        progress.nextRecordsUrl !== null &&
        answer.fault.kind === 'rejected' &&
        answer.fault.code === 'INVALID_QUERY_LOCATOR'
      ) {
        return query(objectType, cursor, { ...progress, nextRecordsUrl: null });
      }
      return answer;
    }
    const page = answer.data;
    const mapped = activitiesFromSalesforce(objectType, page.records, definitions, {
      timeZone: context.plan.timeZone,
      ...(lightningHost === null ? {} : { lightningHost }),
    });
    const facts = recordFacts(page.records);
    const next: SalesforceProgress = {
      crm: 'salesforce',
      nextRecordsUrl: page.done ? null : (page.nextRecordsUrl ?? null),
      lastModstampMs: newest(progress.lastModstampMs, facts.newestModifiedMs),
      serverStartMs: progress.serverStartMs ?? answer.serverTimeMs,
      seen: cursor.kind === 'full' ? [...progress.seen, ...facts.ids] : [],
    };
    return {
      ok: true,
      step: {
        activities: mapped.activities,
        problems: mapped.problems,
        recordCount: page.records.length,
        progress: next,
        done: page.done,
      },
    };
  };

  return {
    identity,
    objectTypes: SALESFORCE_OBJECT_TYPES,
    metricsOf: (objectType) => (isObjectType(objectType) ? SALESFORCE_METRICS[objectType] : []),
    firstProgress: (): ObjectProgress => ({
      crm: 'salesforce',
      nextRecordsUrl: null,
      lastModstampMs: null,
      serverStartMs: null,
      seen: [],
    }),
    accepts: (progress) => progress.crm === 'salesforce',
    skippable(objectType, fault) {
      const code = objectType === 'Lead' ? leadRefusal(fault) : null;
      return code === null
        ? null
        : `Leads are not counted: this Salesforce user cannot read Lead records (${code}). Calls, meetings and opportunities still sync; ask your admin for read access to Leads to count them.`;
    },
    nextPage(objectType, cursor, progress) {
      if (!isObjectType(objectType) || progress.crm !== 'salesforce') {
        throw new RangeError(`not a Salesforce read: ${objectType}`);
      }
      return query(objectType, cursor, progress);
    },
  };
}
