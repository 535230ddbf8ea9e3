/**
 * Secrets (the HubSpot token) live in their own IndexedDB database of the extension's origin,
 * never in `chrome.storage.local`: Chrome lets content scripts read `storage.local`, and a
 * content script runs inside the CRM page, whose own scripts must never see a credential. A
 * content script's IndexedDB is the CRM page's; only the extension's pages and its background
 * open this one. (`storage.session` could be closed to content scripts, but it is forgotten when
 * the browser closes, and a token must last.)
 *
 * A separate database, not a table of the records database: its schema never changes with the
 * records', and "delete all my data" clears it on its own.
 */
import Dexie, { type Table } from 'dexie';

export const SECRETS_DB_NAME = 'onpace-secrets';

export type SecretName = 'hubspotToken';

interface SecretRecord {
  readonly name: SecretName;
  readonly value: string;
}

class SecretsDb extends Dexie {
  declare secrets: Table<SecretRecord, SecretName>;

  constructor() {
    super(SECRETS_DB_NAME);
    this.version(1).stores({ secrets: 'name' });
  }
}

let opened: SecretsDb | null = null;
/** Opened on first use, so a page that never touches a secret never opens the database. */
function secretsDb(): SecretsDb {
  opened ??= new SecretsDb();
  return opened;
}

/** One secret, read and written like a WXT storage item (so callers do not care where it lives). */
export interface SecretItem {
  readonly name: SecretName;
  getValue(): Promise<string | null>;
  setValue(value: string | null): Promise<void>;
  removeValue(options?: { readonly removeMeta?: boolean }): Promise<void>;
}

export function defineSecret(name: SecretName): SecretItem {
  return {
    name,
    async getValue() {
      const record = await secretsDb().secrets.get(name);
      return record?.value ?? null;
    },
    async setValue(value) {
      if (value === null) await secretsDb().secrets.delete(name);
      else await secretsDb().secrets.put({ name, value });
    },
    async removeValue() {
      await secretsDb().secrets.delete(name);
    },
  };
}
