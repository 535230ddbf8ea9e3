/**
 * `@onpace/core/crm`: pure mapping of Salesforce and HubSpot API JSON to activities, and the
 * request, paging, limit and fault helpers the connectors share. No network, no clock.
 */
export { instantOfCivilDate } from './civil-date-instant.js';
export * from './definitions.js';
export * from './error-bodies.js';
export * from './faults.js';
export * from './hubspot.js';
export * from './hubspot-owners.js';
export * from './hubspot-rate-limit-headers.js';
export * from './hubspot-search.js';
export * from './hubspot-values.js';
export type { MappingOptions, MappingProblem, MappingResult } from './mapping-result.js';
export * from './retry.js';
export * from './salesforce.js';
export * from './salesforce-responses.js';
export {
  SALESFORCE_ID_PATTERN,
  SalesforceDate,
  SalesforceDateTime,
  SalesforceId,
} from './salesforce-values.js';
export * from './sforce-limit-info.js';
export * from './soql.js';
export * from './split-range.js';
