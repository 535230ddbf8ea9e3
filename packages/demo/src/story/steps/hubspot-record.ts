import type { Step } from '../context.js';
import { visitCrmRecord } from './crm-overlay.js';

export const hubspotRecord: Step = {
  slug: 'hubspot-overlay',
  title: 'The rep opens a HubSpot deal: the same plan, HubSpot activity counted too',
  run: (context) =>
    visitCrmRecord(context, {
      source: 'hubspot',
      label: `HubSpot (portal ${context.env.crm.hubspot.portalId})`,
      url: context.env.pages.hubspot,
      recordName: context.env.crm.deal.name,
    }),
};
