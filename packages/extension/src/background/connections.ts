/**
 * The options page's connection checks. `connections/salesforce` says whether a Salesforce
 * session is available (presence only); `connections/test-hubspot` looks up the user's HubSpot
 * owner with the token and email, the way the sync will, and answers the owner or the fault in
 * words, tied to the field it concerns (`token`, `email`) so the page shows it beside that field.
 */
import { type FieldProblem, failure, type Outcome, succeed } from '../messaging/result';
import type { HubSpotOwnerView, SalesforceSessionView } from '../messaging/sync-views';
import {
  checkSetting,
  HubSpotEmail,
  HubSpotToken,
  hubspotEmailItem,
  hubspotTokenItem,
} from '../sync/settings';
import type { BackgroundEnv } from './env';

const NOT_RUNNING = 'The CRM sync is not running yet — try again in a moment.';

export async function checkSalesforce(
  env: BackgroundEnv,
): Promise<Outcome<{ salesforce: SalesforceSessionView }>> {
  const handle = env.sync();
  if (handle === null) return failure('internal', NOT_RUNNING);
  const { apiHost, available } = await handle.salesforceSession();
  return succeed({ salesforce: { apiHost, sessionAvailable: available } });
}

export interface HubSpotTestInput {
  /** Typed on the page and not yet saved; the saved one when absent or blank. */
  readonly token?: string | undefined;
  readonly email?: string | undefined;
}

function given(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

type Checked =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly problem: FieldProblem };

function checkField(
  schema: typeof HubSpotToken | typeof HubSpotEmail,
  value: string | null,
  path: string,
  missing: string,
): Checked {
  if (value === null) return { ok: false, problem: { path, message: missing } };
  const checked = checkSetting(schema, value);
  return checked.ok ? checked : { ok: false, problem: { path, message: checked.message } };
}

export async function testHubSpot(
  env: BackgroundEnv,
  input: HubSpotTestInput,
): Promise<Outcome<{ owner: HubSpotOwnerView }>> {
  const token = checkField(
    HubSpotToken,
    given(input.token) ?? (await hubspotTokenItem.getValue()),
    'token',
    'paste your HubSpot private-app token first',
  );
  const email = checkField(
    HubSpotEmail,
    given(input.email) ?? (await hubspotEmailItem.getValue()),
    'email',
    'enter the email you log in to HubSpot with',
  );
  if (!token.ok || !email.ok) {
    const problems = [token, email].flatMap((checked) => (checked.ok ? [] : [checked.problem]));
    const listed = problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
    return failure('invalid', `Cannot test HubSpot yet — ${listed}.`, problems);
  }
  const handle = env.sync();
  if (handle === null) return failure('internal', NOT_RUNNING);
  const check = await handle.findHubSpotOwner(token.value, email.value);
  if (check.kind === 'found') return succeed({ owner: check.owner });
  if (check.kind === 'missing') {
    const message = `no HubSpot user has the email ${email.value} — use the email you log in to HubSpot with`;
    return failure('not-found', `No HubSpot owner found: ${message}.`, [{ path: 'email', message }]);
  }
  const { fault } = check;
  // A refused token belongs beside the token field; any other fault is about the connection.
  const field = fault.code === 'session-expired' ? [{ path: 'token', message: fault.message }] : [];
  return failure('crm', fault.message, field);
}
