/**
 * The HubSpot fields of the Connections section, checked before anything is saved with the
 * sync's own schemas (`HubSpotToken`, `HubSpotEmail`), so the form and the sync agree on what is
 * valid. A blank token field keeps the saved token (it is never shown back); a blank email
 * removes the email.
 */
import type { FieldProblem } from '../messaging/result';
import { checkSetting, HubSpotEmail, HubSpotToken } from '../sync/settings';

export const TOKEN_PATH = 'hubspot.token';
export const EMAIL_PATH = 'hubspot.email';

export type HubSpotFormCheck =
  | { readonly ok: false; readonly problems: readonly FieldProblem[] }
  | {
      readonly ok: true;
      /** A new token to save; null keeps the saved one. */
      readonly token: string | null;
      /** The email to save; null removes it. */
      readonly email: string | null;
    };

export function checkHubSpotForm(token: string, email: string, tokenSaved: boolean): HubSpotFormCheck {
  const problems: FieldProblem[] = [];
  let newToken: string | null = null;
  if (token.trim() !== '') {
    const checked = checkSetting(HubSpotToken, token);
    if (checked.ok) newToken = checked.value;
    else problems.push({ path: TOKEN_PATH, message: checked.message });
  } else if (!tokenSaved) {
    problems.push({ path: TOKEN_PATH, message: 'paste your HubSpot private-app token' });
  }
  let newEmail: string | null = null;
  if (email.trim() !== '') {
    const checked = checkSetting(HubSpotEmail, email);
    if (checked.ok) newEmail = checked.value;
    else problems.push({ path: EMAIL_PATH, message: checked.message });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, token: newToken, email: newEmail };
}

/** The background names the fields `token` and `email`; the form's fields are under `hubspot.`. */
export function formProblems(problems: readonly FieldProblem[] | undefined): FieldProblem[] {
  return (problems ?? []).map((problem) => ({ ...problem, path: `hubspot.${problem.path}` }));
}
