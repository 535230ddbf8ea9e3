/**
 * `@onpace/core/identity`: who the user is in each CRM, their part in each plan, and whose
 * activity their browser syncs. Pure: identity and dates are arguments.
 */
export * from './crm-people.js';
export * from './crm-user.js';
export * from './plan-role.js';
export * from './sync-scope.js';
