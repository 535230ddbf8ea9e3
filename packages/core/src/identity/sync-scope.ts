/**
 * Whose activity this browser syncs, and over which range, from identity: the user's own CRM id
 * for a plan they are the rep of, and each rep's CRM id for a plan they manage. A rep's browser
 * thus reads the rep's own records only (the manager's id is never asked for), and a manager's
 * reads the whole team's with one query per object type (`TeamQuery.ownerIds`). A plan whose rep
 * has no id in that CRM is left out, with the reason, instead of being read as the user.
 */
import { startOfLocalDay, toDayNumber } from '../calendar/index.js';
import { DEFAULT_BASELINE_DAYS } from '../diagnosis/baseline.js';
import type { Plan } from '../schemas/plan.js';
import { type BrowserIdentity, sameSalesforceId } from './crm-user.js';
import { type PlanRole, planRole } from './plan-role.js';

export type SyncCrm = 'salesforce' | 'hubspot';

/** A half-open range of epoch ms. */
export interface SyncRange {
  readonly fromMs: number;
  readonly toMs: number;
}

export interface ScopedTeamPlan {
  readonly plan: Plan;
  readonly role: Exclude<PlanRole, 'neither'>;
  /** The CRM id whose records count for this plan's rep. */
  readonly ownerId: string;
  /** From the first day of the baseline to the midnight after the plan's last day, in its zone. */
  readonly range: SyncRange;
}

export type SkipReason =
  /** The plan is over or called off: its record stays as it was. */
  | 'not-live'
  /** The user is neither the plan's rep nor its manager in this CRM. */
  | 'not-involved'
  /** The user manages the plan but its rep has no id in this CRM. */
  | 'rep-not-in-crm';

export interface TeamQuery {
  readonly crm: SyncCrm;
  /** Every owner id to read, once each, in a stable order. */
  readonly ownerIds: readonly string[];
  /** The smallest range covering every plan's range: one query per object type reads it. */
  readonly range: SyncRange;
  readonly plans: readonly ScopedTeamPlan[];
}

export interface SyncScope {
  readonly salesforce: TeamQuery | null;
  readonly hubspot: TeamQuery | null;
  readonly skipped: readonly {
    readonly planId: string;
    readonly crm: SyncCrm;
    readonly reason: SkipReason;
  }[];
}

const LIVE: ReadonlySet<Plan['status']> = new Set(['active', 'draft']);

/** The plan's own window widened by its baseline (`baselineDays`, default 90) before `start`. */
export function syncRangeOf(plan: Pick<Plan, 'start' | 'end' | 'timeZone' | 'baselineDays'>): SyncRange {
  const baselineDays = plan.baselineDays ?? DEFAULT_BASELINE_DAYS;
  const first = toDayNumber(plan.start) - baselineDays;
  return {
    fromMs: startOfLocalDay(first, plan.timeZone),
    toMs: startOfLocalDay(toDayNumber(plan.end) + 1, plan.timeZone),
  };
}

function repIdIn(plan: Plan, crm: SyncCrm): string | undefined {
  return crm === 'salesforce' ? plan.rep.crm?.salesforceUserId : plan.rep.crm?.hubspotOwnerId;
}

/** Identity restricted to one CRM, so a plan's role there depends on that CRM's ids only. */
function identityIn(identity: BrowserIdentity, crm: SyncCrm): BrowserIdentity {
  return crm === 'salesforce'
    ? identity.salesforce === undefined
      ? {}
      : { salesforce: identity.salesforce }
    : identity.hubspot === undefined
      ? {}
      : { hubspot: identity.hubspot };
}

function queryFor(
  plans: readonly Plan[],
  identity: BrowserIdentity,
  crm: SyncCrm,
  skipped: SyncScope['skipped'][number][],
): TeamQuery | null {
  if (identityIn(identity, crm)[crm] === undefined) return null;
  const scoped: ScopedTeamPlan[] = [];
  for (const plan of [...plans].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!LIVE.has(plan.status)) {
      skipped.push({ planId: plan.id, crm, reason: 'not-live' });
      continue;
    }
    const role = planRole(plan, identityIn(identity, crm));
    if (role === 'neither') {
      skipped.push({ planId: plan.id, crm, reason: 'not-involved' });
      continue;
    }
    const ownerId = repIdIn(plan, crm);
    if (ownerId === undefined) {
      skipped.push({ planId: plan.id, crm, reason: 'rep-not-in-crm' });
      continue;
    }
    scoped.push({ plan, role, ownerId, range: syncRangeOf(plan) });
  }
  if (scoped.length === 0) return null;
  const ownerIds: string[] = [];
  for (const { ownerId } of scoped) {
    const seen = ownerIds.some((id) =>
      crm === 'salesforce' ? sameSalesforceId(id, ownerId) : id === ownerId,
    );
    if (!seen) ownerIds.push(ownerId);
  }
  return {
    crm,
    ownerIds,
    range: {
      fromMs: Math.min(...scoped.map((entry) => entry.range.fromMs)),
      toMs: Math.max(...scoped.map((entry) => entry.range.toMs)),
    },
    plans: scoped,
  };
}

export function syncScope(plans: readonly Plan[], identity: BrowserIdentity): SyncScope {
  const skipped: SyncScope['skipped'][number][] = [];
  const salesforce = queryFor(plans, identity, 'salesforce', skipped);
  const hubspot = queryFor(plans, identity, 'hubspot', skipped);
  return { salesforce, hubspot, skipped };
}
