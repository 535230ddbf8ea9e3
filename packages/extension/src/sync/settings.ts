/**
 * The sync's settings, written by the options page and read here. The HubSpot token is a
 * credential: it lives in the extension's secrets database (storage/secrets.ts), which content
 * scripts cannot read, it is read only to be sent to api.hubapi.com, and it never goes into a
 * bundle export, a log or any other request. The email and the Salesforce host are not secrets
 * and stay in extension storage (chrome.storage.local). `clearSyncSettings` removes all of them
 * ("delete all my data").
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { defineSecret } from '../storage/secrets';
import type { HubSpotCredentials } from './hubspot/connector';

/** A HubSpot private-app / service-key token: `pat-<region>-<uuid>`; other forms are let through. */
export const HubSpotToken = z
  .string()
  .trim()
  .min(8, { message: 'is too short to be a HubSpot access token' })
  .max(512)
  .regex(/^[A-Za-z0-9._~+/=-]+$/, { message: 'must be the token alone, with no spaces' });

export const HubSpotEmail = z.email({ message: 'must be an email address' });

/**
 * A typed setting checked by one of the schemas above, with its first problem in words: the
 * options page shows it beside the field, and the background checks the same way.
 */
export function checkSetting(
  schema: typeof HubSpotToken | typeof HubSpotEmail,
  value: string,
): { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string } {
  const parsed = schema.safeParse(value.trim());
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'is not valid' };
}

/** The My Domain host of a Salesforce org, such as acme.my.salesforce.com. */
const ApiHost = z.string().regex(/^[a-z0-9.-]+\.salesforce\.com$/);

export const hubspotTokenItem = defineSecret('hubspotToken');
/** Where builds before the secrets database kept the token, readable by content scripts. */
const legacyHubspotTokenItem = storage.defineItem<string | null>('local:hubspotToken', { fallback: null });

/**
 * Moves a token an earlier build left in chrome.storage.local into the secrets database, and
 * removes it from storage.local. Run when the background starts; a token already in the secrets
 * database (saved since) wins.
 */
export async function moveLegacySecrets(): Promise<void> {
  const legacy = await legacyHubspotTokenItem.getValue();
  if (legacy === null) return;
  if ((await hubspotTokenItem.getValue()) === null) await hubspotTokenItem.setValue(legacy);
  await legacyHubspotTokenItem.removeValue({ removeMeta: true });
}
/** The user's own HubSpot login email: finds their owner for their own plan. */
export const hubspotEmailItem = storage.defineItem<string | null>('local:hubspotEmail', {
  fallback: null,
  version: 1,
});
/** The org last seen in a Salesforce tab (not a secret), so "sync now" works without one open. */
export const salesforceApiHostItem = storage.defineItem<string | null>('local:salesforceApiHost', {
  fallback: null,
  version: 1,
});

export async function readHubSpotCredentials(): Promise<HubSpotCredentials | null> {
  const [token, email] = await Promise.all([hubspotTokenItem.getValue(), hubspotEmailItem.getValue()]);
  const parsedToken = HubSpotToken.safeParse(token);
  if (!parsedToken.success) return null;
  const parsedEmail = HubSpotEmail.safeParse(email);
  return { token: parsedToken.data, email: parsedEmail.success ? parsedEmail.data : null };
}

export async function readRememberedSalesforceHost(): Promise<string | null> {
  const parsed = ApiHost.safeParse(await salesforceApiHostItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function rememberSalesforceHost(apiHost: string): Promise<void> {
  if (ApiHost.safeParse(apiHost).success && (await salesforceApiHostItem.getValue()) !== apiHost) {
    await salesforceApiHostItem.setValue(apiHost);
  }
}

export async function clearSyncSettings(): Promise<void> {
  await Promise.all(
    [hubspotTokenItem, legacyHubspotTokenItem, hubspotEmailItem, salesforceApiHostItem].map((item) =>
      item.removeValue({ removeMeta: true }),
    ),
  );
}
