import { defineContentScript } from 'wxt/utils/define-content-script';
import { HUBSPOT_MATCHES } from '../../crm-adapters/hubspot/hosts';
import { mountOverlay } from '../../overlay/mount-overlay';

export default defineContentScript({
  matches: [...HUBSPOT_MATCHES],
  cssInjectionMode: 'ui',
  // Do not postMessage into the CRM page (its own message listeners may choke).
  noScriptStartedPostMessage: true,
  main: (ctx) => mountOverlay(ctx),
});
