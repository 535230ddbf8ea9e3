import { defineContentScript } from 'wxt/utils/define-content-script';
import { SALESFORCE_MATCHES } from '../../crm-adapters/salesforce/hosts';
import { mountOverlay } from '../../overlay/mount-overlay';

export default defineContentScript({
  matches: [...SALESFORCE_MATCHES],
  cssInjectionMode: 'ui',
  // Do not postMessage into the CRM page (its own message listeners may choke).
  noScriptStartedPostMessage: true,
  main: (ctx) => mountOverlay(ctx),
});
