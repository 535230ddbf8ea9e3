import { defineContentScript } from 'wxt/utils/define-content-script';
import { hubspotAdapter } from '../../crm-adapters/hubspot/adapter';
import { HUBSPOT_MATCHES } from '../../crm-adapters/hubspot/hosts';
import { startOverlay } from '../../overlay/runtime/start-overlay';
import '../../overlay/ui/overlay.css';

export default defineContentScript({
  matches: [...HUBSPOT_MATCHES],
  cssInjectionMode: 'ui',
  // Do not postMessage into the CRM page (its own message listeners may choke).
  noScriptStartedPostMessage: true,
  main: (ctx) => startOverlay(ctx, hubspotAdapter),
});
