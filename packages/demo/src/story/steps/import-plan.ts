/**
 * The rep imports the plan file their manager sent (options page), then acknowledges it in the
 * popup. With the CRM sync the file holds the plan alone and the rep connects HubSpot (token and
 * login email; Salesforce needs nothing: the extension uses the browser's session); without the
 * sync, the file also carries the rep's CRM activity, as the manager's export would.
 */
import { REP } from '../../data/people.js';
import { planBundle } from '../../data/plan.js';
import type { Step } from '../context.js';
import { importBundleFile, openExtensionPage } from '../extension-pages.js';
import { connectHubSpot, syncReadiness } from '../sync.js';

export const importPlan: Step = {
  slug: 'import-plan',
  title: 'The rep imports the plan their manager sent, and acknowledges it',
  async run(context) {
    const { env } = context;
    const lines: string[] = [];
    context.sync =
      context.useSync === 'off'
        ? { ready: false, reason: 'turned off with ONPACE_DEMO_SYNC=off' }
        : await syncReadiness(env.browser.worker);
    const carried = context.sync.ready ? [] : [...env.crm.expected.salesforce, ...env.crm.expected.hubspot];
    lines.push(
      context.sync.ready
        ? 'CRM sync: ready in this build; the plan file holds the plan alone, the CRMs fill it in'
        : `CRM sync: not used (${context.sync.reason}); the plan file carries ${carried.length} CRM activities`,
    );
    const bundle = planBundle(env.plan, carried, env.dates.now);
    const options = await openExtensionPage(env.browser, 'options.html');
    context.current = options;
    const outcome = await importBundleFile(options, bundle, 'jordan-avery-growth-plan.onpace.json');
    lines.push(`options page: "${outcome}"`);
    context.counted = [...carried];
    if (context.sync.ready) {
      await connectHubSpot(options, env.crm.hubspot.token, REP.email);
      lines.push(
        `HubSpot connected (private-app token, ${REP.email}); Salesforce uses the browser's session`,
      );
    }
    await options.close();

    const popup = await openExtensionPage(env.browser, 'popup.html');
    context.current = popup;
    context.tabs.popup = popup;
    await popup.getByRole('tab', { name: 'My plan' }).click();
    // A receipt of the exact revision the manager issued, not agreement with it.
    const receipt = popup.getByRole('region', { name: 'Acknowledgment' });
    await receipt.getByRole('button', { name: 'Acknowledge revision 1' }).click({ timeout: 10_000 });
    await receipt.getByText(/You acknowledged revision 1/).waitFor({ timeout: 10_000 });
    lines.push(`popup: "${env.plan.title}" acknowledged (revision 1)`);
    return { page: popup, lines, fullPage: true };
  },
};
