/**
 * @onpace/fake-crm: a dev-only HTTPS server speaking Salesforce REST and HubSpot CRM v3 from
 * seeded data, with injectable faults, and the seeded quarter the e2e tests and the demo share.
 */
export { CERTIFICATE_HOSTS, type Certificate, selfSignedCertificate } from './certificate.js';
export { FAULT_KINDS, type Fault, type FaultInput, type FaultKind } from './faults.js';
export {
  HubSpotNotes,
  NOTE_BODY_LIMIT,
  type NoteAdminAction,
  type NotesCaller,
  type StoredNote,
} from './hubspot-notes.js';
export { type LedgerIdentities, seedIdentities } from './ledger-identities.js';
export { FileAdminAction, SalesforceFiles } from './salesforce-files.js';
export { salesforceDateTime, salesforceId, salesforceId18 } from './salesforce-ids.js';
export {
  FakeCrmSeed,
  type FakeCrmSeedInput,
  HUBSPOT_OBJECTS,
  type HubSpotAccess,
  type HubSpotObject,
  type HubSpotRecord,
  SALESFORCE_OBJECTS,
  type SalesforceObject,
  type SalesforceRecord,
} from './seed.js';
export {
  type ActivitiesPerDay,
  DEFAULT_ACTIVITIES_PER_DAY,
  type ExpectedActivity,
  expectedTotals,
  type SeededQuarter,
  type SeedQuarterOptions,
  seedQuarter,
} from './seed-quarter.js';
export {
  DEFAULT_TEAM_MANAGER,
  DEFAULT_TEAM_REPS,
  type SeededTeam,
  type SeedTeamOptions,
  seedTeam,
  type TeamMember,
  type TeamMemberOptions,
  type TeamRole,
} from './seed-team.js';
export {
  DEFAULT_PORT,
  type FakeCrm,
  type FakeCrmOptions,
  type RequestLogEntry,
  startFakeCrm,
} from './server.js';
