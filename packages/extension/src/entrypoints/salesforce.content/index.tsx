import { defineContentScript } from 'wxt/utils/define-content-script';
import { salesforceAdapter } from '../../crm-adapters/salesforce/adapter';
import { SALESFORCE_MATCHES } from '../../crm-adapters/salesforce/hosts';
import { startOverlay } from '../../overlay/runtime/start-overlay';
import '../../overlay/ui/overlay.css';

export default defineContentScript({
  matches: [...SALESFORCE_MATCHES],
  cssInjectionMode: 'ui',
  // Do not postMessage into the CRM page (its own message listeners may choke).
  noScriptStartedPostMessage: true,
  main: (ctx) => startOverlay(ctx, salesforceAdapter),
});
