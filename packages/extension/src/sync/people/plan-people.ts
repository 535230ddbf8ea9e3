/**
 * The people a plan form offers, from the CRM: in Salesforce the user's direct reports first
 * (`ManagerId`), then the org's other active users, each with their `TimeZoneSidKey`; in HubSpot
 * the portal's owners, with the account's time zone (HubSpot keeps no zone per user). Core orders
 * them (`salesforcePeople`, `hubspotPeople`) and picks a new plan's zone (`initialPlanTimeZone`).
 */
import { SalesforceQueryPage, salesforceQueryPath } from '@onpace/core/crm';
import {
  type CrmPerson,
  HubSpotAccountDetails,
  hubspotPeople,
  SalesforceUserRow,
  salesforcePeople,
  soqlForActiveUsers,
  soqlForDirectReports,
} from '@onpace/core/identity';
import type { CrmAnswer, CrmHttp } from '../http';
import { HUBSPOT_API_HOST } from '../hubspot/identity';
import { allHubSpotOwners } from './who-am-i';

type Failure = Extract<CrmAnswer<unknown>, { ok: false }>;

export type PeopleAnswer =
  | { readonly ok: true; readonly people: CrmPerson[]; readonly accountTimeZone: string | null }
  | { readonly ok: false; readonly answer: Failure };

async function userRows(http: CrmHttp, apiHost: string, token: string, soql: string) {
  const answer = await http.call({
    crm: 'salesforce',
    url: `https://${apiHost}${salesforceQueryPath(soql)}`,
    token,
    schema: SalesforceQueryPage,
  });
  if (!answer.ok) return answer;
  // A row that does not read as a user is left out rather than failing the whole list.
  const rows = answer.data.records.flatMap((record) => {
    const row = SalesforceUserRow.safeParse(record);
    return row.success ? [row.data] : [];
  });
  return { ok: true as const, rows };
}

export async function salesforcePlanPeople(
  http: CrmHttp,
  apiHost: string,
  token: string,
  currentUserId: string,
): Promise<PeopleAnswer> {
  const reports = await userRows(http, apiHost, token, soqlForDirectReports(currentUserId));
  if (!reports.ok) return { ok: false, answer: reports };
  const everyone = await userRows(http, apiHost, token, soqlForActiveUsers());
  if (!everyone.ok) return { ok: false, answer: everyone };
  return {
    ok: true,
    people: salesforcePeople(reports.rows, everyone.rows, currentUserId),
    accountTimeZone: null,
  };
}

export async function hubspotPlanPeople(
  http: CrmHttp,
  token: string,
  currentOwnerId: string | null,
): Promise<PeopleAnswer> {
  const owners = await allHubSpotOwners(http, token);
  if (!owners.ok) return { ok: false, answer: owners.answer };
  const details = await http.call({
    crm: 'hubspot',
    url: `https://${HUBSPOT_API_HOST}/account-info/v3/details`,
    token,
    schema: HubSpotAccountDetails,
  });
  // The zone only seeds the form: without it the browser's zone is used, the list still stands.
  const accountTimeZone = details.ok ? (details.data.timeZone ?? null) : null;
  return { ok: true, people: hubspotPeople(owners.owners, currentOwnerId), accountTimeZone };
}
