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

/**
 * A plan's key (docs/ledger-transport.md): a non-extractable AES-GCM `CryptoKey`, stored as
 * IndexedDB stores it (structured clone), never as bytes. `wrapped` is the raw key sealed under
 * this browser's own non-extractable device key, kept only by the plan's manager so the invite
 * code can be shown again; a rep's record has none.
 */
export interface PlanKeyRecord {
  readonly plan: string;
  readonly key: CryptoKey;
  readonly channel: string;
  readonly wrapped: { readonly iv: Uint8Array<ArrayBuffer>; readonly data: ArrayBuffer } | null;
}

/** This browser's own keys, made here and never leaving it (the device key that wraps plan keys). */
export interface DeviceKeyRecord {
  readonly name: 'device';
  readonly key: CryptoKey;
}

export class SecretsDb extends Dexie {
  declare secrets: Table<SecretRecord, SecretName>;
  declare planKeys: Table<PlanKeyRecord, string>;
  declare deviceKeys: Table<DeviceKeyRecord, 'device'>;

  constructor() {
    super(SECRETS_DB_NAME);
    this.version(1).stores({ secrets: 'name' });
    // Version 2 (the ledger through the CRM): plan keys and the device key beside the token.
    this.version(2).stores({ secrets: 'name', planKeys: 'plan', deviceKeys: 'name' });
  }
}

let opened: SecretsDb | null = null;
/** Opened on first use, so a page that never touches a secret never opens the database. */
export function secretsDb(): SecretsDb {
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
