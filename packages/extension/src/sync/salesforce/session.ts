/**
 * Where a Salesforce API session comes from. Today: the browser's own `sid` cookie, the way
 * Salesforce Inspector Reloaded does it (addon/background.js): the session of the My Domain host,
 * else a `sid` on the salesforce.com domain whose value starts with the same org id (the part
 * before `!`). Orgs with "API Access Control" refuse such sessions; an OAuth 2.0 PKCE token from
 * a connected app can then implement `SessionProvider` instead, and nothing else changes.
 *
 * The session is a credential: it is handed to the request and dropped, never logged or stored.
 */
import { salesforceLightningHost } from './host';

export interface SalesforceSession {
  /** Sent as `Authorization: Bearer <token>`. */
  readonly token: string;
  /** The 15-character org id when the provider knows it (a `sid` starts with it); else null. */
  readonly orgId: string | null;
}

export interface SessionProvider {
  /** A session for the org behind `apiHost`, or null when the user is not logged in there. */
  session(apiHost: string): Promise<SalesforceSession | null>;
}

/** The slice of `chrome.cookies` the cookie provider reads. */
export interface CookieReader {
  get(details: { url: string; name: string }): Promise<{ value: string; domain: string } | null>;
  getAll(details: {
    name: string;
    domain: string;
    secure?: boolean;
  }): Promise<{ value: string; domain: string }[]>;
}

const ORG_ID = /^00D[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

function orgIdOf(sid: string): string | null {
  const prefix = sid.split('!')[0] ?? '';
  return ORG_ID.test(prefix) ? prefix.slice(0, 15) : null;
}

export function cookieSessionProvider(cookies: CookieReader): SessionProvider {
  return {
    async session(apiHost) {
      const own = await cookies.get({ url: `https://${apiHost}/`, name: 'sid' });
      if (own?.value) return { token: own.value, orgId: orgIdOf(own.value) };
      // Inspector's way when the My Domain host holds no session of its own: the Lightning page's
      // `sid` names the org (its own session may lack API access), and a salesforce.com `sid` of
      // that org is the API session.
      const lightningHost = salesforceLightningHost(apiHost);
      const page =
        lightningHost === null ? null : await cookies.get({ url: `https://${lightningHost}/`, name: 'sid' });
      const orgId = page?.value ? orgIdOf(page.value) : null;
      if (orgId === null) return null;
      const all = await cookies.getAll({ name: 'sid', domain: 'salesforce.com', secure: true });
      const match = all.find((cookie) => orgIdOf(cookie.value) === orgId);
      return match?.value ? { token: match.value, orgId } : null;
    },
  };
}
