/**
 * The one protocol between OnPace's pages and its background: every request the background
 * answers, each with the schema of its successful answer. Requests and answers are parsed at
 * both ends; a failure is a `Failure` value (result.ts), never a thrown error or silence.
 *
 * The overlay's requests (overlay-protocol.ts) are part of it; content scripts may send only
 * those (and `ping`), extension pages may send any.
 */
import { Plan } from '@onpace/core/schemas';
import { z } from 'zod';
import { SettingsPatch } from '../storage/settings-schema';
import { PlanAssessment } from './assess-views';
import { ExportPurpose } from './drafts';
import { LEDGER_ANSWERS } from './ledger-answers';
import { LedgerReadRequest, LedgerWriteRequest } from './ledger-requests';
import { ImportLedgerReport } from './ledger-views';
import { DisputeDayLine, OverlayRequest, OverlayState } from './overlay-protocol';
import { Failure } from './result';
import { HubSpotOwnerView, SalesforceSessionView, SyncNowSummary, SyncStatusView } from './sync-views';
import { ImportReport, ManagerView, PlanList, RepView, SettingsView } from './views';

const Id = z.string().min(1).max(200);

/** Typed so that deleting everything cannot happen by a stray message. */
export const DELETE_ALL_CONFIRMATION = 'delete all OnPace data';

export const PingRequest = z.object({ type: z.literal('ping') });
export type PingRequest = z.infer<typeof PingRequest>;

export const PageRequest = z.discriminatedUnion('type', [
  PingRequest,
  z.object({ type: z.literal('settings/get') }),
  z.object({ type: z.literal('settings/save'), patch: SettingsPatch }),
  z.object({ type: z.literal('plans/list') }),
  /**
   * `plan` is checked by core's `safeParsePlan`, whose field paths the form shows. Saving appends
   * a `plan.issued` event: a new plan starts as a draft revision, an edit is the next revision.
   */
  z.object({ type: z.literal('plans/save'), mode: z.enum(['create', 'update']), plan: z.unknown() }),
  z.object({ type: z.literal('plans/delete'), planId: Id }),
  z.object({ type: z.literal('plans/set-mine'), planId: Id.nullable() }),
  /** A draft plan (any field may be missing): its rep's baseline, diagnosis, verdicts, suggestions, lint. */
  z.object({ type: z.literal('plans/assess'), plan: z.unknown() }),
  /** Bundle files are small (a plan's year of activity is a few MB); this bounds a mistake. */
  z.object({ type: z.literal('bundle/import'), text: z.string().max(64 * 1024 * 1024) }),
  z.object({ type: z.literal('bundle/export'), planId: Id, purpose: ExportPurpose }),
  z.object({ type: z.literal('view/rep'), planId: Id.optional() }),
  /** `tabId`: the tab the popup was opened over, for "link to the record open in this tab". */
  z.object({ type: z.literal('view/manager'), planId: Id.optional(), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('data/delete-all'), confirm: z.literal(DELETE_ALL_CONFIRMATION) }),
  z.object({ type: z.literal('sync/now') }),
  z.object({ type: z.literal('sync/status') }),
  /** Whether a Salesforce session is available: presence only, never its value. */
  z.object({ type: z.literal('connections/salesforce') }),
  /**
   * Looks up the HubSpot owner by email. A token or email given here (typed, not yet saved) is
   * tested instead of the saved one; each is checked by settings' `HubSpotToken` / `HubSpotEmail`.
   */
  z.object({
    type: z.literal('connections/test-hubspot'),
    token: z.string().max(1024).optional(),
    email: z.string().max(320).optional(),
  }),
  ...LedgerWriteRequest.options,
  ...LedgerReadRequest.options,
]);
export type PageRequest = z.infer<typeof PageRequest>;

export const BackgroundRequest = z.discriminatedUnion('type', [
  ...PageRequest.options,
  // The overlay's schemas are zod/mini (they ship in content scripts): their options live on `def`.
  ...OverlayRequest.def.options,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;
export type RequestType = BackgroundRequest['type'];

export const OVERLAY_REQUEST_TYPES: ReadonlySet<RequestType> = new Set(
  OverlayRequest.def.options.map((option) => option.def.shape.type.def.values[0] as RequestType),
);

const Deleted = z.object({ deleted: z.literal(true) });

/** The successful answer's fields, per request type (each answer also carries `ok: true`). */
export const ANSWERS = {
  ping: z.object({ version: z.string() }),
  'settings/get': SettingsView,
  'settings/save': SettingsView,
  'plans/list': PlanList,
  'plans/save': z.object({ plan: Plan, changed: z.boolean() }),
  'plans/delete': Deleted,
  'plans/set-mine': z.object({ myPlanId: z.string().nullable() }),
  'plans/assess': z.object({ assessment: PlanAssessment }),
  'bundle/import': z.object({ report: ImportReport, ledger: ImportLedgerReport }),
  'bundle/export': z.object({ fileName: z.string(), text: z.string() }),
  ...LEDGER_ANSWERS,
  'view/rep': z.object({ view: RepView }),
  'view/manager': z.object({ view: ManagerView }),
  'data/delete-all': Deleted,
  'sync/now': z.object({ summary: SyncNowSummary }),
  'sync/status': z.object({ status: SyncStatusView }),
  'connections/salesforce': z.object({ salesforce: SalesforceSessionView }),
  'connections/test-hubspot': z.object({ owner: HubSpotOwnerView }),
  'overlay/state': z.object({ state: OverlayState }),
  'activity/log': z.object({ state: OverlayState }),
  'activity/undo': z.object({ state: OverlayState }),
  'notes/mark-read': z.object({ state: OverlayState }),
  'options/open': z.object({ state: OverlayState }),
  'page/record': z.object({ state: OverlayState }),
  'overlay/dispute': z.object({ state: OverlayState }),
  'overlay/dispute-day': z.object({ state: OverlayState, day: z.array(DisputeDayLine) }),
} satisfies Record<RequestType, z.ZodObject>;

export type Answer<T extends RequestType> = { readonly ok: true } & z.infer<(typeof ANSWERS)[T]>;
export type Response<T extends RequestType> = Answer<T> | Failure;
export type AnyResponse = Response<RequestType>;

/** Kept for the shell's e2e check: the answer to ping. */
export const PingResponse = z.object({ ok: z.literal(true), version: z.string() });
export type PingResponse = z.infer<typeof PingResponse>;

/** Parses an answer for a request type: the type's schema when `ok`, a Failure otherwise. */
export function parseResponse<T extends RequestType>(type: T, raw: unknown): Response<T> {
  if (typeof raw === 'object' && raw !== null && (raw as { ok?: unknown }).ok === true) {
    const parsed = ANSWERS[type].safeParse(raw);
    // zod cannot tie the schema picked by `type` to `T`; ANSWERS' `satisfies` keeps them in step.
    if (parsed.success) return { ok: true, ...parsed.data } as unknown as Answer<T>;
    return {
      ok: false,
      code: 'bad-request',
      error: `Unexpected answer to ${type}: ${z.prettifyError(parsed.error)}`,
    };
  }
  const failed = Failure.safeParse(raw);
  if (failed.success) return failed.data;
  return { ok: false, code: 'internal', error: `No answer from OnPace's background to ${type}.` };
}
