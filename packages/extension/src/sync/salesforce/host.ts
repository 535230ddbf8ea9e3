/**
 * Which Salesforce org a tab shows, as the host to call its API on. The API must be called on
 * the My Domain host, not the Lightning one: Lightning redirects, and the redirect drops the
 * Authorization header. Salesforce Inspector Reloaded (addon/inspector.js, getMyDomain) maps
 * `.lightning.force.` to `.my.salesforce.` and strips Microsoft Defender's `.mcas.ms` suffix;
 * the same mapping covers sandboxes (`acme--uat.sandbox.lightning.force.com`) and
 * `acme.develop.lightning.force.com`. Other partitions (`.lightning.X.force.com`, unconfirmed in
 * docs/crm.md) map to `.my.X.salesforce.com`.
 */

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const LIGHTNING = new RegExp(`^((?:${LABEL}\\.)*${LABEL})\\.lightning\\.force\\.com$`);
const LIGHTNING_PARTITION = new RegExp(`^((?:${LABEL}\\.)*${LABEL})\\.lightning\\.(${LABEL})\\.force\\.com$`);
const MY_DOMAIN = new RegExp(`^(?:${LABEL}\\.)*${LABEL}\\.my\\.(?:${LABEL}\\.)?salesforce\\.com$`);

/** The My Domain API host for a Salesforce page's host, or null when it is not a Salesforce org. */
export function salesforceApiHost(pageHost: string): string | null {
  const host = pageHost.toLowerCase().replace(/\.mcas\.ms$/, '');
  if (MY_DOMAIN.test(host)) return host;
  const lightning = LIGHTNING.exec(host);
  if (lightning) return `${lightning[1]}.my.salesforce.com`;
  const partition = LIGHTNING_PARTITION.exec(host);
  if (partition) return `${partition[1]}.my.${partition[2]}.salesforce.com`;
  return null;
}

/** The Lightning host of an API host, for links to record pages (`/lightning/r/…`). */
export function salesforceLightningHost(apiHost: string): string | null {
  const partition = /^(.+)\.my\.([a-z0-9-]+)\.salesforce\.com$/.exec(apiHost);
  if (partition) return `${partition[1]}.lightning.${partition[2]}.force.com`;
  const plain = /^(.+)\.my\.salesforce\.com$/.exec(apiHost);
  return plain ? `${plain[1]}.lightning.force.com` : null;
}
