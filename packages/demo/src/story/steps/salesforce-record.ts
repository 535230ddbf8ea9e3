import { REP } from '../../data/people.js';
import type { Step } from '../context.js';
import { visitCrmRecord } from './crm-overlay.js';

export const salesforceRecord: Step = {
  slug: 'salesforce-overlay',
  title: 'The rep opens a Salesforce opportunity and sees the overlay with live pace',
  run: (context) =>
    visitCrmRecord(context, {
      source: 'salesforce',
      label: `Salesforce (${REP.name}'s org)`,
      url: context.env.pages.salesforce,
      recordName: context.env.crm.opportunity.name,
    }),
};
