/**
 * Step 3 of the fold: the verified events of every author, applied in (`at`, hash) order. An
 * event that breaks a rule is skipped with exactly one problem, checked in the contract's order:
 * the author's role and the type (`not-allowed`), then `closed`, then the type's own rules.
 */
import type { Activity } from '../schemas/activity.js';
import type { PaceSnapshot } from '../schemas/check-in.js';
import type { Plan } from '../schemas/plan.js';
import { type AuthorRole, type LedgerEvent, mayWrite, type PlanOutcome } from './event-schema.js';
import type {
  LedgerAcknowledgment,
  LedgerCheckIn,
  LedgerDispute,
  LedgerNote,
  LedgerProblem,
  LedgerRevision,
  LedgerState,
  Lifecycle,
  NoteVersion,
  ProblemCode,
} from './state.js';
import type { HashedEvent } from './verify-chains.js';

/** The manager and rep, as the manager's first `plan.issued` names them. */
export interface PlanRoles {
  readonly managerId: string;
  readonly repId: string;
}

interface Refusal {
  readonly code: ProblemCode;
  readonly message: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface NoteRow extends Omit<Mutable<LedgerNote>, 'history'> {
  history: NoteVersion[];
}
interface ActionRow {
  id: string;
  text: string;
  due: string | null;
  done: boolean;
}
interface CheckInRow extends Omit<Mutable<LedgerCheckIn>, 'actions'> {
  actions: ActionRow[];
}

const refuse = (code: ProblemCode, message: string): Refusal => ({ code, message });

export class LedgerBuilder {
  private plan: Plan | null = null;
  private lifecycle: Lifecycle = 'none';
  private outcome: PlanOutcome | null = null;
  private summary: string | null = null;
  private readonly revisions: LedgerRevision[] = [];
  private readonly revisionByHash = new Map<string, number>();
  private readonly acknowledgments: LedgerAcknowledgment[] = [];
  private readonly notes = new Map<string, NoteRow>();
  private readonly checkIns = new Map<string, CheckInRow>();
  private readonly actionIds = new Set<string>();
  private readonly disputes = new Map<string, Mutable<LedgerDispute>>();
  private readonly logged = new Map<string, { activity: Activity; retracted: boolean }>();
  readonly problems: LedgerProblem[] = [];

  constructor(
    private readonly roles: PlanRoles | null,
    /** The raw (as written) snapshot of each check-in event, carried unchanged into the state. */
    private readonly rawSnapshot: (hash: string) => PaceSnapshot | null,
  ) {}

  apply(item: HashedEvent): void {
    const refusal = this.authorize(item.event) ?? this.checkClosed() ?? this.applyType(item);
    if (refusal) {
      this.problems.push({
        code: refusal.code,
        author: item.event.author.id,
        seq: item.event.seq,
        message: `${item.event.type} by ${item.event.author.id} (event ${item.event.seq}): ${refusal.message}`,
      });
    }
  }

  private roleOf(authorId: string): AuthorRole | null {
    if (!this.roles) return null;
    if (authorId === this.roles.managerId) return 'manager';
    if (authorId === this.roles.repId) return 'rep';
    return null;
  }

  private authorize(event: LedgerEvent): Refusal | undefined {
    if (!this.roles) return refuse('not-allowed', 'no plan has been issued: the ledger has no manager yet');
    const role = this.roleOf(event.author.id);
    if (role === null) {
      return refuse('not-allowed', `${event.author.id} is neither this plan's manager nor its rep`);
    }
    if (event.author.role !== role) {
      return refuse('not-allowed', `${event.author.id} is the plan's ${role}, not its ${event.author.role}`);
    }
    if (!mayWrite(role, event.type)) return refuse('not-allowed', `the ${role} may not write ${event.type}`);
    if (event.type !== 'plan.issued' && this.revisions.length === 0) {
      return refuse('not-allowed', 'comes before any plan.issued has applied');
    }
    return undefined;
  }

  private checkClosed(): Refusal | undefined {
    return this.lifecycle === 'closed' ? refuse('closed', 'comes after the plan was closed') : undefined;
  }

  private applyType(item: HashedEvent): Refusal | undefined {
    const { event, hash } = item;
    const author = event.author.id;
    switch (event.type) {
      case 'plan.issued': {
        const next = event.body.plan;
        const roles = this.roles as PlanRoles;
        if (next.rep.id !== roles.repId) {
          return refuse('not-allowed', `a revision may not change rep.id (${roles.repId} → ${next.rep.id})`);
        }
        if (next.manager !== undefined && next.manager.id !== roles.managerId) {
          return refuse(
            'not-allowed',
            `a revision may not change manager.id (${roles.managerId} → ${next.manager.id})`,
          );
        }
        const number = this.revisions.length + 1;
        this.revisions.push({ number, hash, at: event.at, plan: next });
        this.revisionByHash.set(hash, number);
        this.plan = next;
        if (this.lifecycle === 'none') this.lifecycle = 'draft';
        return undefined;
      }
      case 'plan.activated': {
        if (this.lifecycle !== 'draft') {
          return refuse('not-allowed', `only a draft can be activated; the plan is ${this.lifecycle}`);
        }
        this.lifecycle = 'active';
        return undefined;
      }
      case 'plan.extended': {
        if (this.lifecycle !== 'active' && this.lifecycle !== 'extended') {
          return refuse('not-allowed', `only an active plan can be extended; the plan is ${this.lifecycle}`);
        }
        const plan = this.plan as Plan;
        if (event.body.end <= plan.end) {
          return refuse(
            'not-allowed',
            `the new end ${event.body.end} is not later than the current end ${plan.end}`,
          );
        }
        this.plan = { ...plan, end: event.body.end };
        this.lifecycle = 'extended';
        return undefined;
      }
      case 'plan.closed': {
        this.lifecycle = 'closed';
        this.outcome = event.body.outcome;
        this.summary = event.body.summary;
        return undefined;
      }
      case 'plan.acknowledged': {
        const revision = this.revisionByHash.get(event.body.revision);
        if (revision === undefined) {
          return refuse('unknown-ref', `no issued revision has the hash ${event.body.revision}`);
        }
        this.acknowledgments.push({
          revision,
          hash: event.body.revision,
          at: event.at,
          by: author,
          comment: event.body.comment ?? null,
        });
        return undefined;
      }
      case 'note.added': {
        if (this.notes.has(event.body.note)) {
          return refuse('duplicate-id', `a note with the id ${event.body.note} already exists`);
        }
        this.notes.set(event.body.note, {
          id: event.body.note,
          author,
          text: event.body.text,
          deleted: false,
          record: event.body.record ?? null,
          history: [{ at: event.at, text: event.body.text }],
          deletedAt: null,
        });
        return undefined;
      }
      case 'note.edited':
      case 'note.deleted': {
        const note = this.notes.get(event.body.note);
        if (!note) return refuse('unknown-ref', `there is no note ${event.body.note}`);
        if (note.author !== author) {
          return refuse('not-allowed', `only the note's author (${note.author}) may change it`);
        }
        if (note.deleted)
          return refuse('not-allowed', `the note ${note.id} was deleted on ${note.deletedAt}`);
        if (event.type === 'note.edited') {
          note.text = event.body.text;
          note.history.push({ at: event.at, text: event.body.text });
        } else {
          note.deleted = true;
          note.deletedAt = event.at;
        }
        return undefined;
      }
      case 'checkin.held': {
        const body = event.body;
        if (this.checkIns.has(body.checkIn)) {
          return refuse('duplicate-id', `a check-in with the id ${body.checkIn} already exists`);
        }
        const ids = new Set<string>();
        for (const action of body.actions) {
          if (this.actionIds.has(action.id) || ids.has(action.id)) {
            return refuse('duplicate-id', `an action with the id ${action.id} already exists`);
          }
          ids.add(action.id);
        }
        for (const id of ids) this.actionIds.add(id);
        this.checkIns.set(body.checkIn, {
          id: body.checkIn,
          date: body.date,
          question: body.question,
          answer: null,
          actions: body.actions.map((action) => ({
            id: action.id,
            text: action.text,
            due: action.due ?? null,
            done: false,
          })),
          snapshot: this.rawSnapshot(hash),
          heldAt: event.at,
          answeredAt: null,
        });
        return undefined;
      }
      case 'checkin.answered': {
        const checkIn = this.checkIns.get(event.body.checkIn);
        if (!checkIn) return refuse('unknown-ref', `there is no check-in ${event.body.checkIn}`);
        checkIn.answer = event.body.answer;
        checkIn.answeredAt = event.at;
        return undefined;
      }
      case 'action.done': {
        const checkIn = this.checkIns.get(event.body.checkIn);
        if (!checkIn) return refuse('unknown-ref', `there is no check-in ${event.body.checkIn}`);
        const action = checkIn.actions.find((candidate) => candidate.id === event.body.action);
        if (!action) {
          return refuse('unknown-ref', `the check-in ${checkIn.id} has no action ${event.body.action}`);
        }
        if (action.done) return refuse('not-allowed', `the action ${action.id} is already done`);
        action.done = true;
        return undefined;
      }
      case 'activity.logged': {
        const activity = event.body.activity;
        if (this.logged.has(activity.id)) {
          return refuse('duplicate-id', `an activity with the id ${activity.id} was already logged`);
        }
        this.logged.set(activity.id, { activity, retracted: false });
        return undefined;
      }
      case 'activity.retracted': {
        const entry = this.logged.get(event.body.activity);
        if (!entry) return refuse('unknown-ref', `the rep logged no activity ${event.body.activity}`);
        if (entry.retracted)
          return refuse('not-allowed', `the activity ${event.body.activity} is already retracted`);
        entry.retracted = true;
        return undefined;
      }
      case 'dispute.opened': {
        const body = event.body;
        if (this.disputes.has(body.dispute)) {
          return refuse('duplicate-id', `a dispute with the id ${body.dispute} already exists`);
        }
        this.disputes.set(body.dispute, {
          id: body.dispute,
          metric: body.metric,
          date: body.date,
          kind: body.kind,
          status: 'open',
          text: body.text,
          resolution: null,
          amount: body.amount ?? null,
          activities: body.activities ?? [],
          openedAt: event.at,
          resolvedAt: null,
        });
        return undefined;
      }
      case 'dispute.resolved': {
        const dispute = this.disputes.get(event.body.dispute);
        if (!dispute) return refuse('unknown-ref', `there is no dispute ${event.body.dispute}`);
        if (dispute.status !== 'open') {
          return refuse('not-allowed', `the dispute ${dispute.id} was already ${dispute.status}`);
        }
        dispute.status = event.body.decision;
        dispute.resolution = event.body.text;
        dispute.resolvedAt = event.at;
        return undefined;
      }
    }
  }

  /** The state, given the problems and heads of the earlier steps. */
  finish(earlierProblems: readonly LedgerProblem[], heads: LedgerState['heads']): LedgerState {
    const revision = this.revisions.length;
    let acknowledgedRevision: number | null = null;
    for (const ack of this.acknowledgments) {
      acknowledgedRevision = Math.max(acknowledgedRevision ?? 0, ack.revision);
    }
    return {
      plan: this.plan,
      revision,
      lifecycle: this.lifecycle,
      outcome: this.outcome,
      summary: this.summary,
      acknowledgedRevision,
      acknowledgedCurrent: revision > 0 && acknowledgedRevision === revision,
      notes: [...this.notes.values()],
      checkIns: [...this.checkIns.values()],
      disputes: [...this.disputes.values()],
      problems: [...earlierProblems, ...this.problems],
      heads,
      revisions: this.revisions,
      acknowledgments: this.acknowledgments,
      activities: [...this.logged.values()]
        .filter((entry) => !entry.retracted)
        .map((entry) => entry.activity),
      managerId: revision > 0 ? (this.roles?.managerId ?? null) : null,
      repId: revision > 0 ? (this.roles?.repId ?? null) : null,
    };
  }
}
