/**
 * HubSpot: a private-app (service key) token from OnPace options, the rep's owner (identity.ts),
 * and search over calls, emails, meetings and deals by owner and time (pages.ts). The token goes
 * only to api.hubapi.com, in the Authorization header.
 */
import { HUBSPOT_METRICS, HUBSPOT_OBJECT_TYPES, type HubSpotObjectType } from '@onpace/core/crm';
import type { Connector, ConnectorContext, OpenResult, SourceReader } from '../connector';
import { SETUP_FAULTS, syncFaultOf } from '../fault-messages';
import type { CrmHttp } from '../http';
import type { ObjectProgress, PassCursor } from '../state';
import { hubspotIdentity } from './identity';
import { keysetStep, rangesStep, type SearchTarget } from './pages';

export interface HubSpotCredentials {
  readonly token: string;
  /** The user's own HubSpot login email, to find their owner for their own plan. */
  readonly email: string | null;
}

export interface HubSpotConnectorOptions {
  readonly http: CrmHttp;
  /** From OnPace options (settings.ts); null when HubSpot is not set up. */
  readonly credentials: () => Promise<HubSpotCredentials | null>;
  readonly pageLimit?: number;
  readonly resultCap?: number;
}

function isObjectType(name: string): name is HubSpotObjectType {
  return (HUBSPOT_OBJECT_TYPES as readonly string[]).includes(name);
}

export function hubspotConnector(options: HubSpotConnectorOptions): Connector {
  return {
    source: 'hubspot',
    async open(context: ConnectorContext): Promise<OpenResult> {
      const credentials = await options.credentials();
      if (credentials === null) return { kind: 'skip', reason: 'no HubSpot token in OnPace options' };
      const crm = context.plan.rep.crm;
      const named = crm?.hubspotOwnerId ?? crm?.hubspotEmail ?? context.plan.rep.email;
      if (named === undefined && !context.isMine) {
        return { kind: 'skip', reason: `the plan names no HubSpot owner for ${context.plan.rep.name}` };
      }
      const faultContext = {
        nowMs: context.nowMs,
        repName: context.plan.rep.name,
        isMine: context.isMine,
        timeZone: context.plan.timeZone,
      };
      const lookup = await hubspotIdentity(options.http, {
        plan: context.plan,
        isMine: context.isMine,
        definitions: context.definitions,
        userEmail: credentials.email,
        cached: context.state.identity,
        token: credentials.token,
        nowMs: context.nowMs,
      });
      if (lookup.kind === 'failed') {
        const { fault, retryAtMs } = lookup.answer;
        return { kind: 'fault', fault: syncFaultOf(fault, { ...faultContext, retryAtMs }) };
      }
      if (lookup.kind === 'missing') {
        return { kind: 'fault', fault: SETUP_FAULTS.noHubSpotOwner(faultContext, lookup.email) };
      }
      return { kind: 'ready', reader: hubspotReader(options, context, lookup.identity, credentials.token) };
    },
  };
}

function hubspotReader(
  options: HubSpotConnectorOptions,
  context: ConnectorContext,
  identity: SourceReader['identity'],
  token: string,
): SourceReader {
  const target = (objectType: HubSpotObjectType): SearchTarget => ({
    http: options.http,
    token,
    objectType,
    ownerId: identity.crmUserId,
    ownerProperty: identity.idKind === 'hubspot-user' ? 'hs_created_by_user_id' : 'hubspot_owner_id',
    definitions: context.definitions,
    timeZone: context.plan.timeZone,
    ...(options.pageLimit === undefined ? {} : { pageLimit: options.pageLimit }),
    ...(options.resultCap === undefined ? {} : { resultCap: options.resultCap }),
  });

  return {
    identity,
    objectTypes: HUBSPOT_OBJECT_TYPES,
    metricsOf: (objectType) => (isObjectType(objectType) ? HUBSPOT_METRICS[objectType] : []),
    firstProgress(objectType: string, cursor: PassCursor): ObjectProgress {
      const mark = context.state.marks[objectType];
      if (cursor.kind === 'incremental' && mark !== undefined) {
        return { crm: 'hubspot', mode: 'keyset', sinceMs: mark, after: '0', serverStartMs: null };
      }
      return {
        crm: 'hubspot',
        mode: 'ranges',
        ranges: [cursor.window],
        rangeIndex: 0,
        after: '0',
        rangeTotal: null,
        readInRange: 0,
        rangeAttempts: 0,
        inconclusive: false,
        serverStartMs: null,
        seen: [],
      };
    },
    accepts: (progress) => progress.crm === 'hubspot',
    skippable: (objectType, fault) =>
      objectType === 'contacts' && fault.kind === 'forbidden'
        ? 'Leads are not counted: the HubSpot token cannot read contacts (it needs the crm.objects.contacts.read scope). Calls, emails, meetings and deals still sync; add the scope to the private app to count leads.'
        : null,
    nextPage(objectType, cursor, progress) {
      if (!isObjectType(objectType) || progress.crm !== 'hubspot') {
        throw new RangeError(`not a HubSpot read: ${objectType}`);
      }
      return progress.mode === 'ranges'
        ? rangesStep(target(objectType), progress)
        : keysetStep(target(objectType), cursor.window, progress);
    },
  };
}
