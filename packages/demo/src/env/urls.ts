/** The real CRM addresses the rep opens, for the records the demo shows. */
import type { DemoCrm } from '../data/crm-seed.js';
import { SALESFORCE_PAGE_HOST } from '../data/people.js';

export interface CrmPageUrls {
  readonly salesforce: string;
  readonly hubspot: string;
}

export function crmPageUrls(crm: DemoCrm): CrmPageUrls {
  return {
    salesforce: `https://${SALESFORCE_PAGE_HOST}/lightning/r/Opportunity/${crm.opportunity.id}/view`,
    hubspot: `https://app.hubspot.com/contacts/${crm.hubspot.portalId}/record/0-3/${crm.deal.id}`,
  };
}
