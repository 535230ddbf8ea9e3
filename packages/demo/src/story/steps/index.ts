/** The story, in the order a newcomer sees it. */
import type { Step } from '../context.js';
import { answerCheckIn } from './answer-checkin.js';
import { coaching } from './coaching.js';
import { dashboardTeam } from './dashboard-team.js';
import { evidenceReport } from './evidence-report.js';
import { hubspotRecord } from './hubspot-record.js';
import { importPlan } from './import-plan.js';
import { logCall } from './log-call.js';
import { repSeesNote } from './rep-sees-note.js';
import { revisePlan } from './revise-plan.js';
import { salesforceRecord } from './salesforce-record.js';

export const STORY: readonly Step[] = [
  importPlan,
  salesforceRecord,
  hubspotRecord,
  logCall,
  coaching,
  answerCheckIn,
  repSeesNote,
  dashboardTeam,
  evidenceReport,
  revisePlan,
];
