import { defaultClientConditions } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Public half (base64 DER) of the RSA key that fixes the extension id for
 * unpacked builds; without it Chrome derives the id from the folder path.
 * The private key is deliberately kept outside the repository.
 * `src/extension-id.ts` holds the id derived from it; a unit test keeps the two in step.
 */
export const MANIFEST_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqFOR/bPzPQD1+fP5UDkvpgpNRXt1Fh0DJ/cJIoQwGnpLxFMmc/MqP5+XMTslZ7IIV/BgiB4mqMo0JogXaekZC+nlcPkW3FToMK6K0cof437tK+aMCvmSYg8ylXqkTzutu9W1n2pB1mmCkbZr4A5jSF1NHLEJa8t8h8UcoA61cpdLfelRUkfHyXKKghPdHx0xNKzzFOZHybF6cmHZcimMV03+r7Fm/ITvPtvxeto/Gsn3lqXtouvEMFeD5cXEromm/5SPj4fa7yQ5oz7SC+E0jSWmAbL6KjiaOQ6WnwcnN7CsIajxbzBKxkeClHnzYNYrRXk7u5kAiqpJfHJGslWUMwIDAQAB';

export default defineConfig({
  srcDir: 'src',
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: every file says where its helpers come from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'OnPace',
    description: 'Shows your improvement-plan pace on HubSpot and Salesforce pages.',
    // alarms: the CRM sync's schedule, which survives the worker stopping (src/sync/schedule.ts).
    // cookies: the Salesforce session, read from the browser's `sid` cookie (src/sync/salesforce/session.ts).
    permissions: ['storage', 'alarms', 'cookies'],
    host_permissions: [
      // Salesforce REST API on the org's My Domain host, and its `sid` cookie.
      'https://*.my.salesforce.com/*',
      // Which org a Lightning tab shows (tab URL), and its `sid` naming the org.
      'https://*.lightning.force.com/*',
      // HubSpot CRM API (search, owners), with the token from OnPace options.
      'https://api.hubapi.com/*',
      // Whether a HubSpot tab is open (tab URLs), so the schedule syncs only while the rep works
      // there. The same hosts as the HubSpot content script: no new install warning.
      'https://app.hubspot.com/*',
      'https://app-eu1.hubspot.com/*',
      'https://app-na2.hubspot.com/*',
    ],
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Show or hide the OnPace panel',
      },
    },
    // Chrome-only keys: Firefox ignores `key` (its ids come from
    // browser_specific_settings) and has no externally_connectable.
    ...(browser === 'firefox'
      ? {}
      : {
          key: MANIFEST_PUBLIC_KEY,
          // A local page may ask (any port); only an origin the user approved is answered.
          externally_connectable: { matches: ['http://localhost/*', 'http://127.0.0.1/*'] },
        }),
  }),
  vite: () => ({
    // Use @onpace/core's TypeScript source rather than its dist build.
    resolve: { conditions: ['@onpace/source', ...defaultClientConditions] },
    // Chrome refuses a content script holding a raw U+FFFF ("It isn't UTF-8
    // encoded"); the minifier folds Dexie's String.fromCharCode(65535) into one.
    // Escaping all non-ASCII output avoids it (test/content-scripts-ascii.test.ts).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
