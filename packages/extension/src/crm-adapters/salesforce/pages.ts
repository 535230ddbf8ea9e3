/**
 * Salesforce Lightning page kinds from the URL (docs/crm.md "Pages"). Sample addresses follow
 * the forms Lightning Experience shows in its address bar (Spring '24 – Spring '26), with My
 * Domain names and record ids changed. Record ids are 15 or 18 characters.
 */
import type { PageDetector } from '../page-detector';
import type { CrmPage } from '../types';

const OBJECT = '([A-Za-z][A-Za-z0-9_]*)';
const RECORD_ID = '([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)';
const RECORD = new RegExp(`^/lightning/r/${OBJECT}/${RECORD_ID}/(?:view|related/[A-Za-z0-9_]+/view)/?$`);
const LIST = new RegExp(`^/lightning/o/${OBJECT}/(?:list|home)/?$`);
const HOME = /^\/lightning\/page\/home\/?$/;

export const salesforceRecordPage: PageDetector = {
  name: 'salesforce record',
  samples: [
    'https://acme.lightning.force.com/lightning/r/Opportunity/006xx000001AbcDAAS/view',
    'https://acme.lightning.force.com/lightning/r/Opportunity/006xx000001AbcD/view',
    'https://acme--uat.sandbox.lightning.force.com/lightning/r/Account/001xx000003DGb2AAG/view',
    'https://acme.lightning.force.com/lightning/r/Contact/003xx000004TmiQAAS/view?ws=%2Flightning%2Fr%2FAccount',
    // A related list opened from a record still belongs to that record.
    'https://acme.lightning.force.com/lightning/r/Account/001xx000003DGb2AAG/related/Opportunities/view',
    'https://acme.lightning.force.com/lightning/r/Lead/00Qxx000001gKzLEAU/view',
    'https://acme.lightning.force.com/lightning/r/Custom_Deal__c/a01xx000000AbCdAAK/view',
  ],
  detect(url) {
    const match = RECORD.exec(url.pathname);
    if (!match?.[1] || !match[2]) return null;
    return { crm: 'salesforce', kind: 'record', objectType: match[1], recordId: match[2] };
  },
};

export const salesforceListPage: PageDetector = {
  name: 'salesforce list',
  samples: [
    'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent',
    'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=00Bxx000002cLsIEAU',
    'https://acme.lightning.force.com/lightning/o/Lead/list',
    // The object's home tab shows its recent records: a list too.
    'https://acme.lightning.force.com/lightning/o/Opportunity/home',
    'https://acme--uat.sandbox.lightning.force.com/lightning/o/Account/home',
  ],
  detect(url) {
    const match = LIST.exec(url.pathname);
    return match?.[1] ? { crm: 'salesforce', kind: 'list', objectType: match[1] } : null;
  },
};

export const salesforceHomePage: PageDetector = {
  name: 'salesforce home',
  samples: [
    'https://acme.lightning.force.com/lightning/page/home',
    'https://acme--uat.sandbox.lightning.force.com/lightning/page/home',
  ],
  detect: (url) => (HOME.test(url.pathname) ? { crm: 'salesforce', kind: 'home' } : null),
};

/** Every Salesforce detector, in the order they are tried. */
export const SALESFORCE_PAGE_DETECTORS: readonly PageDetector[] = [
  salesforceRecordPage,
  salesforceListPage,
  salesforceHomePage,
];

/** Pages of Salesforce the overlay must leave alone; each must come out as `other`. */
export const SALESFORCE_OTHER_SAMPLES: readonly string[] = [
  'https://acme.lightning.force.com/lightning/setup/SetupOneHome/home',
  'https://acme.lightning.force.com/lightning/r/Opportunity/006xx000001AbcDAAS/edit',
  'https://acme.lightning.force.com/lightning/page/analytics',
  'https://acme.lightning.force.com/one/one.app',
];

export const SALESFORCE_OTHER_PAGE: CrmPage = { crm: 'salesforce', kind: 'other' };
