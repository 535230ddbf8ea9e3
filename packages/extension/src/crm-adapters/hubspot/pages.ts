/**
 * HubSpot page kinds from the URL (docs/crm.md "Hosts and pages"): the portal id is the first
 * numeric path segment; records are `/contacts/{portalId}/record/{objectTypeId}/{id}`. Sample
 * addresses follow the forms HubSpot shows in its address bar and knowledge base (2024–2026),
 * with portal and record ids changed.
 */
import type { PageDetector } from '../page-detector';
import type { CrmPage } from '../types';

/** The standard objects the overlay shows on, by objectTypeId. Custom objects (2-…) are not listed. */
export const HUBSPOT_OBJECT_TYPES: Readonly<Record<string, string>> = {
  '0-1': 'contact',
  '0-2': 'company',
  '0-3': 'deal',
  '0-5': 'ticket',
};

/** The plural path segment of the older URL forms, which HubSpot still redirects from. */
const LEGACY_PLURALS: Readonly<Record<string, string>> = {
  contacts: 'contact',
  companies: 'company',
  deals: 'deal',
  tickets: 'ticket',
};

const RECORD = /^\/contacts\/(\d+)\/record\/(0-\d+)\/(\d+)(?:\/|$)/;
const LEGACY_RECORD = /^\/contacts\/(\d+)\/(contact|company|deal|ticket)\/(\d+)(?:\/|$)/;
const LIST = /^\/contacts\/(\d+)\/objects\/(0-\d+)\/views\/[^/]+\/(?:list|board)\/?$/;
const LEGACY_LIST = /^\/contacts\/(\d+)\/(contacts|companies|deals|tickets)\/(?:list|board)\/view\/[^/]+\/?$/;
const HOME = /^\/(?:home|home-beta)(?:\/\d+)?\/?$/;

export const hubspotRecordPage: PageDetector = {
  name: 'hubspot record',
  samples: [
    'https://app.hubspot.com/contacts/1234567/record/0-3/9876543210',
    'https://app.hubspot.com/contacts/1234567/record/0-1/51',
    'https://app-eu1.hubspot.com/contacts/25123456/record/0-2/18273645501/',
    'https://app.hubspot.com/contacts/1234567/record/0-5/4455667788?interaction=note',
    'https://app-na2.hubspot.com/contacts/242000123/record/0-3/31000000001/view/1',
    // The older form, still linked from emails and bookmarks.
    'https://app.hubspot.com/contacts/1234567/deal/9876543210/',
    'https://app.hubspot.com/contacts/1234567/contact/51',
  ],
  detect(url) {
    const record = RECORD.exec(url.pathname);
    if (record) {
      const objectType = HUBSPOT_OBJECT_TYPES[record[2] ?? ''];
      return objectType ? { crm: 'hubspot', kind: 'record', objectType, recordId: record[3] ?? '' } : null;
    }
    const legacy = LEGACY_RECORD.exec(url.pathname);
    if (legacy?.[2] && legacy[3])
      return { crm: 'hubspot', kind: 'record', objectType: legacy[2], recordId: legacy[3] };
    return null;
  },
};

export const hubspotListPage: PageDetector = {
  name: 'hubspot list',
  samples: [
    'https://app.hubspot.com/contacts/1234567/objects/0-3/views/all/list',
    'https://app.hubspot.com/contacts/1234567/objects/0-3/views/8812345/board',
    'https://app-eu1.hubspot.com/contacts/25123456/objects/0-1/views/my/list?query=acme',
    'https://app.hubspot.com/contacts/1234567/objects/0-5/views/all/board/',
    'https://app.hubspot.com/contacts/1234567/deals/board/view/all/',
    'https://app.hubspot.com/contacts/1234567/companies/list/view/all/',
  ],
  detect(url) {
    const list = LIST.exec(url.pathname);
    if (list) {
      const objectType = HUBSPOT_OBJECT_TYPES[list[2] ?? ''];
      return objectType ? { crm: 'hubspot', kind: 'list', objectType } : null;
    }
    const legacy = LEGACY_LIST.exec(url.pathname);
    const objectType = LEGACY_PLURALS[legacy?.[2] ?? ''];
    return objectType ? { crm: 'hubspot', kind: 'list', objectType } : null;
  },
};

export const hubspotHomePage: PageDetector = {
  name: 'hubspot home',
  samples: [
    'https://app.hubspot.com/home?portalId=1234567',
    'https://app.hubspot.com/home-beta?portalId=1234567',
    'https://app-eu1.hubspot.com/home/25123456',
  ],
  detect: (url) => (HOME.test(url.pathname) ? { crm: 'hubspot', kind: 'home' } : null),
};

/** Every HubSpot detector, in the order they are tried. */
export const HUBSPOT_PAGE_DETECTORS: readonly PageDetector[] = [
  hubspotRecordPage,
  hubspotListPage,
  hubspotHomePage,
];

/** Pages of HubSpot the overlay must leave alone; each must come out as `other`. */
export const HUBSPOT_OTHER_SAMPLES: readonly string[] = [
  'https://app.hubspot.com/settings/1234567/users',
  'https://app.hubspot.com/reports-dashboard/1234567/view/998877',
  'https://app.hubspot.com/email/1234567/edit/123456789/content',
  // A custom object record (2-…) is not one of the four standard objects.
  'https://app.hubspot.com/contacts/1234567/record/2-7654321/123',
];

export const HUBSPOT_OTHER_PAGE: CrmPage = { crm: 'hubspot', kind: 'other' };
