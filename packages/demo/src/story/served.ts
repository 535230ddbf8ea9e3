/** What the story serves, where, for the person watching. */
import { CRM_API_HOSTS, SALESFORCE_API_HOST } from '../data/people.js';
import type { Environment } from '../env/environment.js';

export function servedLines(env: Environment): string[] {
  const fake = `https://127.0.0.1:${env.fakeCrm.port}`;
  const id = env.browser.extensionId;
  return [
    `fake CRM        ${fake}  (self-signed; the browser resolves ${CRM_API_HOSTS.join(' and ')} to it)`,
    `  Salesforce    https://${SALESFORCE_API_HOST}/services/data/…  (REST; session cookie sid)`,
    `  HubSpot       https://api.hubapi.com/crm/v3/…  (CRM v3; private-app token)`,
    `CRM pages       ${env.pages.salesforce}`,
    `                ${env.pages.hubspot}`,
    '                (served inside the browser at their real addresses, so the extension runs there)',
    `dashboard       ${env.dashboard.url}  (vite preview of packages/web-dashboard/dist)`,
    `extension       chrome-extension://${id}/popup.html and /options.html`,
    `plan            ${env.plan.title}, ${env.plan.start} → ${env.plan.end} (${env.plan.timeZone})`,
  ];
}
