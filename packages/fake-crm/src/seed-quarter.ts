/**
 * A rep's quarter, made up deterministically from a seed: weekday rhythm, calls (some
 * connecting), emails, meetings booked and held, opportunities with amounts, some won, and leads
 * assigned to the rep (Salesforce Leads, HubSpot contacts), some converted. The same
 * days are written into a Salesforce org and a HubSpot portal, each in that CRM's own shapes and
 * quirks, with the noise a real account has (a colleague's records, deleted ones, to-dos, list
 * emails, invitees' event copies, inbound mail, records from before the window).
 *
 * `expected` lists, per CRM, exactly what the default counting definitions must count inside the
 * window, computed here from the story, not by the mapping under test: e2e tests, the benchmark
 * and the cross-check compare against it.
 */
import { addDays, startOfLocalDay, toDayNumber, weekdayOf } from '@onpace/core/calendar';
import type { BuiltInMetric } from '@onpace/core/schemas';
import { seededRandom, seedFromText } from './random.js';
import { salesforceDateTime, salesforceId } from './salesforce-ids.js';
import type { FakeCrmSeed, HubSpotOwnerSeed, HubSpotRecord, SalesforceRecord } from './seed.js';

export interface ActivitiesPerDay {
  readonly calls: number;
  readonly emails: number;
  readonly meetings: number;
  readonly opportunities: number;
  /** Leads assigned to the rep. */
  readonly leads: number;
}

export interface SeedQuarterOptions {
  /** The rep's email: the HubSpot owner's email and the Salesforce username. */
  readonly email: string;
  /** First day of the window (a civil date), and how many days it spans. */
  readonly start: string;
  readonly days: number;
  /** The rep's (and plan's) IANA time zone: the working day is placed in it. */
  readonly timeZone: string;
  readonly repSalesforceId?: string;
  readonly hubspotOwnerId?: string;
  /** Mean counts on an ordinary weekday (Tuesday a little more, Friday less, weekends nearly none). */
  readonly activitiesPerDay?: Partial<ActivitiesPerDay>;
  /** Share of calls that connect (default 0.2) and of closed opportunities that are won (default 0.4). */
  readonly connectRate?: number;
  readonly winRate?: number;
  /** Share of leads that convert (default 0.12). */
  readonly leadConversionRate?: number;
  /** PRNG seed; by default derived from the email and start, so equal options give equal quarters. */
  readonly seed?: number;
  /** Add a colleague's records, deleted records and other noise (default true). */
  readonly noise?: boolean;
  readonly sessionId?: string;
  readonly hubspotToken?: string;
}

/** One activity the default definitions must count: its record id, metric, instant, amount. */
export interface ExpectedActivity {
  readonly id: string;
  readonly metric: BuiltInMetric;
  readonly occurredAt: string;
  readonly amount?: number;
}

export interface SeededQuarter extends FakeCrmSeed {
  readonly window: {
    readonly fromUtc: string;
    readonly toUtc: string;
    readonly fromMs: number;
    readonly toMs: number;
  };
  readonly expected: { readonly salesforce: ExpectedActivity[]; readonly hubspot: ExpectedActivity[] };
}

export const DEFAULT_ACTIVITIES_PER_DAY: ActivitiesPerDay = {
  calls: 30,
  emails: 20,
  meetings: 1.5,
  opportunities: 0.4,
  leads: 4,
};

/** HubSpot's default call outcome ids (the "Connected" one is what counts as a connect). */
const HUBSPOT_CONNECTED = 'f240bbac-87c9-4f6e-bf70-924b57d47db7';
const HUBSPOT_NOT_CONNECTED = [
  '73a0d17f-1163-4015-bdd5-ec830791da20', // No answer
  'b2cf5968-551e-4856-9783-52b3da59a7d0', // Left voicemail
  '9d9162e7-6cf3-4944-bf63-4dff82258764', // Busy
  '17b47fee-58de-441e-a44c-c6300d46f273', // Wrong number
];
const SALESFORCE_NOT_CONNECTED = ['Left voicemail', 'No answer', 'Busy', 'Wrong number'];

/** Monday … Sunday. */
const WEEKDAY_FACTOR = [0, 0.9, 1.15, 1.1, 1.0, 0.75, 0.04, 0.02];

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Calls, emails and meetings are simulated from two weeks before the window, opportunities from 45 days. */
const LEAD_IN_DAYS = 14;
const OPPORTUNITY_LEAD_IN_DAYS = 45;

type MeetingOutcome = 'completed' | 'no-show' | 'canceled' | 'scheduled';

interface Story {
  calls: { at: number; connected: boolean; phoneSystem: boolean; deleted: boolean; colleague: boolean }[];
  emails: { at: number; kind: 'sent' | 'list' | 'inbound'; colleague: boolean }[];
  todos: { at: number }[];
  meetings: {
    bookedAt: number;
    startAt: number;
    outcome: MeetingOutcome;
    child: boolean;
    colleague: boolean;
  }[];
  opportunities: {
    createdAt: number;
    amount: number;
    stage: 'won' | 'lost' | 'open';
    closeDate: string;
    closeAt: number;
    colleague: boolean;
  }[];
  leads: {
    /** When the lead reached its owner (its creation in Salesforce). */
    assignedAt: number;
    /** HubSpot: how long before the assignment the contact was created (0: no assignment date). */
    createdBeforeMs: number;
    converted: { date: string; at: number } | null;
    deleted: boolean;
    colleague: boolean;
  }[];
}

/** Whole epoch ms `minutes` after the local day `date` starts. */
function localInstant(date: string, minutes: number, timeZone: string): number {
  return startOfLocalDay(toDayNumber(date), timeZone) + Math.floor(minutes * MINUTE);
}

function sortByTime<T>(items: T[], key: (item: T) => number): T[] {
  return items.sort((a, b) => key(a) - key(b));
}

function tellStory(options: SeedQuarterOptions, windowEndMs: number): Story {
  const random = seededRandom(
    options.seed ?? seedFromText(`${options.email}|${options.start}|${options.days}`),
  );
  const perDay = { ...DEFAULT_ACTIVITIES_PER_DAY, ...options.activitiesPerDay };
  const connectRate = options.connectRate ?? 0.2;
  const winRate = options.winRate ?? 0.4;
  const noise = options.noise ?? true;
  const story: Story = { calls: [], emails: [], todos: [], meetings: [], opportunities: [], leads: [] };
  const workMinute = () =>
    random.chance(0.6) ? random.int(9 * 60, 12 * 60 - 1) : random.int(13 * 60 + 30, 17 * 60 - 1);
  const endDate = addDays(options.start, options.days);

  for (let offset = -OPPORTUNITY_LEAD_IN_DAYS; offset < options.days; offset++) {
    const date = addDays(options.start, offset);
    const factor = WEEKDAY_FACTOR[weekdayOf(date)] ?? 0;
    const at = () => localInstant(date, workMinute() + random.next(), options.timeZone);

    for (let n = random.poisson(perDay.opportunities * factor); n > 0; n--) {
      const createdAt = at();
      const closeDate = addDays(date, random.int(7, 60));
      const closed = closeDate < endDate;
      const stage = !closed ? 'open' : random.chance(winRate) ? 'won' : 'lost';
      story.opportunities.push({
        createdAt,
        amount: random.int(10, 120) * 500,
        stage,
        closeDate: closed ? closeDate : addDays(closeDate, 30),
        closeAt: localInstant(closed ? closeDate : addDays(closeDate, 30), 15 * 60, options.timeZone),
        colleague: false,
      });
    }
    if (offset < -LEAD_IN_DAYS) continue;

    for (let n = random.poisson(perDay.calls * factor); n > 0; n--) {
      story.calls.push({
        at: at(),
        connected: random.chance(connectRate),
        phoneSystem: random.chance(0.1),
        deleted: noise && random.chance(0.01),
        colleague: false,
      });
    }
    for (let n = random.poisson(perDay.emails * factor); n > 0; n--) {
      const kind = noise && random.chance(0.05) ? 'list' : noise && random.chance(0.1) ? 'inbound' : 'sent';
      story.emails.push({ at: at(), kind, colleague: false });
    }
    for (let n = random.poisson(perDay.meetings * factor); n > 0; n--) {
      const bookedAt = at();
      const startDate = addDays(date, random.int(1, 10));
      const startAt = localInstant(startDate, random.int(18, 33) * 30, options.timeZone);
      const past = startAt < windowEndMs;
      const roll = random.next();
      const outcome: MeetingOutcome = !past
        ? 'scheduled'
        : roll < 0.7
          ? 'completed'
          : roll < 0.8
            ? 'no-show'
            : roll < 0.88
              ? 'canceled'
              : 'scheduled';
      story.meetings.push({ bookedAt, startAt, outcome, child: false, colleague: false });
    }
    if (noise && factor > 0.5) {
      if (random.chance(0.5)) story.todos.push({ at: at() });
      if (random.chance(0.6)) {
        story.calls.push({
          at: at(),
          connected: random.chance(0.3),
          phoneSystem: false,
          deleted: false,
          colleague: true,
        });
      }
      if (random.chance(0.4)) story.emails.push({ at: at(), kind: 'sent', colleague: true });
      if (random.chance(0.1)) {
        const bookedAt = at();
        story.meetings.push({
          bookedAt,
          startAt: bookedAt + DAY,
          outcome: 'completed',
          child: true,
          colleague: false,
        });
      }
      if (random.chance(0.05)) {
        story.opportunities.push({
          createdAt: at(),
          amount: 5000,
          stage: 'won',
          closeDate: addDays(date, 1),
          closeAt: localInstant(addDays(date, 1), 15 * 60, options.timeZone),
          colleague: true,
        });
      }
    }
  }
  story.leads = tellLeads(options, perDay.leads);
  sortByTime(story.calls, (call) => call.at);
  sortByTime(story.emails, (email) => email.at);
  sortByTime(story.meetings, (meeting) => meeting.bookedAt);
  sortByTime(story.opportunities, (opportunity) => opportunity.createdAt);
  return story;
}

/**
 * The leads, from a PRNG of their own: the rest of the story stays the same draw for draw as
 * before leads were counted, so earlier seeds give the same calls, meetings and deals.
 */
function tellLeads(options: SeedQuarterOptions, perDay: number): Story['leads'] {
  const random = seededRandom(seedFromText(`leads|${options.email}|${options.start}|${options.days}`));
  const conversionRate = options.leadConversionRate ?? 0.12;
  const noise = options.noise ?? true;
  const endDate = addDays(options.start, options.days);
  const minute = () => random.int(8 * 60, 18 * 60 - 1);
  const leads: Story['leads'] = [];
  for (let offset = -OPPORTUNITY_LEAD_IN_DAYS; offset < options.days; offset++) {
    const date = addDays(options.start, offset);
    const factor = WEEKDAY_FACTOR[weekdayOf(date)] ?? 0;
    const lead = (colleague: boolean, deleted: boolean) => {
      const assignedAt = localInstant(date, minute() + random.next(), options.timeZone);
      const convertedDate = random.chance(conversionRate) ? addDays(date, random.int(1, 20)) : null;
      leads.push({
        assignedAt,
        createdBeforeMs: random.chance(0.2) ? 0 : random.int(1, 5 * 24 * 60) * MINUTE,
        converted:
          convertedDate === null || convertedDate >= endDate
            ? null
            : { date: convertedDate, at: localInstant(convertedDate, minute(), options.timeZone) },
        deleted,
        colleague,
      });
    };
    for (let n = random.poisson(perDay * factor); n > 0; n--) lead(false, noise && random.chance(0.02));
    if (noise && factor > 0.5 && random.chance(0.5)) lead(true, false);
  }
  return sortByTime(leads, (lead) => lead.assignedAt);
}

const iso = (epochMs: number) => new Date(epochMs).toISOString();

function collector(fromMs: number, toMs: number) {
  const list: ExpectedActivity[] = [];
  const add = (id: string, metric: BuiltInMetric, at: number, amount?: number) => {
    if (at < fromMs || at >= toMs) return;
    list.push(
      amount === undefined
        ? { id, metric, occurredAt: iso(at) }
        : { id, metric, occurredAt: iso(at), amount },
    );
  };
  return { list, add };
}

function writeSalesforce(
  story: Story,
  rep: string,
  colleague: string,
  options: SeedQuarterOptions,
  window: { fromMs: number; toMs: number },
) {
  const expected = collector(window.fromMs, window.toMs);
  const tasks: SalesforceRecord[] = [];
  const events: SalesforceRecord[] = [];
  const opportunities: SalesforceRecord[] = [];
  let taskCount = 0;
  const stamp = (created: number, modified = created) => ({
    CreatedDate: salesforceDateTime(created),
    LastModifiedDate: salesforceDateTime(modified),
    SystemModstamp: salesforceDateTime(modified),
  });
  const random = seededRandom(seedFromText(`salesforce|${options.email}|${options.start}`));

  for (const call of story.calls) {
    taskCount += 1;
    const Id = salesforceId('00T', taskCount);
    const owner = call.colleague ? colleague : rep;
    const disposition = call.connected ? 'Connected' : random.pick(SALESFORCE_NOT_CONNECTED);
    // "Log a Call" writes TaskSubtype Call and completes the task a little after the call;
    // some phone systems write a plain Task typed Call and never set CompletedDateTime.
    const createdAt = call.phoneSystem ? call.at : call.at + 45_000;
    tasks.push({
      Id,
      OwnerId: owner,
      CreatedById: owner,
      Subject: 'Call',
      TaskSubtype: call.phoneSystem ? 'Task' : 'Call',
      Type: 'Call',
      Status: 'Completed',
      IsClosed: true,
      CallDisposition: disposition,
      CallType: 'Outbound',
      CallDurationInSeconds: call.connected ? random.int(60, 900) : random.int(5, 40),
      CompletedDateTime: call.phoneSystem ? null : salesforceDateTime(call.at),
      ActivityDate: null,
      ...stamp(createdAt, createdAt + 1000),
      IsDeleted: call.deleted,
    });
    if (call.colleague || call.deleted) continue;
    expected.add(Id, 'calls', call.at);
    if (call.connected) expected.add(Id, 'connects', call.at);
  }
  for (const email of story.emails) {
    if (email.kind === 'inbound') continue; // Salesforce logs what reps send.
    taskCount += 1;
    const Id = salesforceId('00T', taskCount);
    const owner = email.colleague ? colleague : rep;
    tasks.push({
      Id,
      OwnerId: owner,
      CreatedById: owner,
      Subject: 'Email: Following up',
      TaskSubtype: email.kind === 'list' ? 'ListEmail' : 'Email',
      Type: 'Email',
      Status: 'Completed',
      IsClosed: true,
      CallDisposition: null,
      CallType: null,
      CallDurationInSeconds: null,
      CompletedDateTime: salesforceDateTime(email.at),
      ActivityDate: null,
      ...stamp(email.at, email.at + 500),
      IsDeleted: false,
    });
    if (!email.colleague && email.kind === 'sent') expected.add(Id, 'emails', email.at);
  }
  for (const todo of story.todos) {
    taskCount += 1;
    tasks.push({
      Id: salesforceId('00T', taskCount),
      OwnerId: rep,
      CreatedById: rep,
      Subject: 'Send pricing',
      TaskSubtype: 'Task',
      Type: 'Other',
      Status: 'Not Started',
      IsClosed: false,
      CallDisposition: null,
      CallType: null,
      CallDurationInSeconds: null,
      CompletedDateTime: null,
      ActivityDate: null,
      ...stamp(todo.at),
      IsDeleted: false,
    });
  }
  story.meetings.forEach((meeting, index) => {
    const Id = salesforceId('00U', index + 1);
    // Salesforce has no meeting outcome: a cancelled meeting is a deleted Event, a no-show
    // still an Event (so it counts as held once it has started).
    const deleted = meeting.outcome === 'canceled';
    events.push({
      Id,
      OwnerId: rep,
      CreatedById: meeting.child ? colleague : rep,
      Subject: 'Discovery call',
      EventSubtype: 'Event',
      StartDateTime: salesforceDateTime(meeting.startAt),
      EndDateTime: salesforceDateTime(meeting.startAt + 30 * MINUTE),
      ActivityDateTime: salesforceDateTime(meeting.startAt),
      ActivityDate: null,
      DurationInMinutes: 30,
      IsAllDayEvent: false,
      IsChild: meeting.child,
      ...stamp(meeting.bookedAt),
      IsDeleted: deleted,
    });
    if (meeting.child || deleted) return;
    expected.add(Id, 'meetings_booked', meeting.bookedAt);
    expected.add(Id, 'meetings_held', meeting.startAt);
  });
  story.opportunities.forEach((opportunity, index) => {
    const Id = salesforceId('006', index + 1);
    const owner = opportunity.colleague ? colleague : rep;
    const closed = opportunity.stage !== 'open';
    opportunities.push({
      Id,
      OwnerId: owner,
      CreatedById: owner,
      Name: `Deal ${index + 1}`,
      StageName:
        opportunity.stage === 'won'
          ? 'Closed Won'
          : opportunity.stage === 'lost'
            ? 'Closed Lost'
            : 'Prospecting',
      Amount: opportunity.amount,
      Probability: opportunity.stage === 'won' ? 100 : opportunity.stage === 'lost' ? 0 : 10,
      IsWon: opportunity.stage === 'won',
      IsClosed: closed,
      CloseDate: opportunity.closeDate,
      ...stamp(opportunity.createdAt, closed ? opportunity.closeAt : opportunity.createdAt),
      IsDeleted: false,
    });
    if (opportunity.colleague) return;
    expected.add(Id, 'opportunities_created', opportunity.createdAt);
    expected.add(Id, 'pipeline_created', opportunity.createdAt, opportunity.amount);
    if (opportunity.stage === 'won') {
      // Close dates count at local noon of the date in the plan's zone (core's civil-date rule).
      const noon = startOfLocalDay(toDayNumber(opportunity.closeDate), options.timeZone) + 12 * 60 * MINUTE;
      expected.add(Id, 'deals_won', noon);
      expected.add(Id, 'revenue_won', noon, opportunity.amount);
    }
  });
  const leads: SalesforceRecord[] = story.leads.map((lead, index) => {
    const Id = salesforceId('00Q', index + 1);
    const owner = lead.colleague ? colleague : rep;
    if (!lead.colleague && !lead.deleted) {
      expected.add(Id, 'leads_assigned', lead.assignedAt);
      // ConvertedDate is a date: it counts at local noon in the plan's zone (core's civil-date rule).
      if (lead.converted !== null) {
        const noon = startOfLocalDay(toDayNumber(lead.converted.date), options.timeZone) + 12 * 60 * MINUTE;
        expected.add(Id, 'leads_converted', noon);
      }
    }
    return {
      Id,
      OwnerId: owner,
      CreatedById: owner,
      FirstName: 'Lee',
      LastName: `Lead ${index + 1}`,
      Company: `Prospect ${index + 1}`,
      Status:
        lead.converted !== null
          ? 'Closed - Converted'
          : random.pick(['Open - Not Contacted', 'Working - Contacted']),
      LeadSource: random.pick(['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List']),
      IsConverted: lead.converted !== null,
      ConvertedDate: lead.converted?.date ?? null,
      ConvertedOpportunityId: null,
      ...stamp(lead.assignedAt, lead.converted?.at ?? lead.assignedAt),
      IsDeleted: lead.deleted,
    };
  });
  return {
    records: { Task: tasks, Event: events, Opportunity: opportunities, Lead: leads },
    expected: expected.list,
  };
}

function writeHubSpot(
  story: Story,
  owner: string,
  colleague: string,
  options: SeedQuarterOptions,
  window: { fromMs: number; toMs: number },
) {
  const expected = collector(window.fromMs, window.toMs);
  const random = seededRandom(seedFromText(`hubspot|${options.email}|${options.start}`));
  const calls: HubSpotRecord[] = [];
  const emails: HubSpotRecord[] = [];
  const meetings: HubSpotRecord[] = [];
  const deals: HubSpotRecord[] = [];
  const record = (
    id: string,
    createdAt: number,
    modifiedAt: number,
    properties: Record<string, string | null>,
    archived = false,
  ) => ({
    id,
    properties: { hs_object_id: id, hs_lastmodifieddate: iso(modifiedAt), ...properties },
    createdAt: iso(createdAt),
    updatedAt: iso(modifiedAt),
    archived,
  });

  story.calls.forEach((call, index) => {
    const id = String(30_000_000_001 + index);
    const ownerId = call.colleague ? colleague : owner;
    // Some integrations write hs_timestamp as epoch-millisecond text: both forms occur.
    const timestamp = random.chance(0.1) ? String(call.at) : iso(call.at);
    calls.push(
      record(
        id,
        call.at + 45_000,
        call.at + 46_000,
        {
          hs_timestamp: timestamp,
          hs_createdate: iso(call.at + 45_000),
          hs_call_direction: 'OUTBOUND',
          hs_call_status: call.connected ? 'COMPLETED' : random.pick(['COMPLETED', 'NO_ANSWER', 'BUSY']),
          hs_call_disposition: call.connected ? HUBSPOT_CONNECTED : random.pick(HUBSPOT_NOT_CONNECTED),
          hs_call_duration: String(call.connected ? random.int(60_000, 900_000) : random.int(5_000, 40_000)),
          hubspot_owner_id: ownerId,
          hs_created_by_user_id: null,
        },
        call.deleted,
      ),
    );
    if (call.colleague || call.deleted) return;
    expected.add(id, 'calls', call.at);
    if (call.connected) expected.add(id, 'connects', call.at);
  });
  story.emails.forEach((email, index) => {
    if (email.kind === 'list') return; // Marketing email is not a sales email engagement.
    const id = String(40_000_000_001 + index);
    emails.push(
      record(id, email.at, email.at + 500, {
        hs_timestamp: iso(email.at),
        hs_createdate: iso(email.at),
        hs_email_direction: email.kind === 'inbound' ? 'INCOMING_EMAIL' : 'EMAIL',
        hs_email_status: 'SENT',
        hubspot_owner_id: email.colleague ? colleague : owner,
        hs_created_by_user_id: null,
      }),
    );
    if (!email.colleague && email.kind === 'sent') expected.add(id, 'emails', email.at);
  });
  story.meetings.forEach((meeting, index) => {
    if (meeting.child) return; // HubSpot has one meeting record, owned by its organiser.
    const id = String(50_000_000_001 + index);
    const outcome = {
      completed: 'COMPLETED',
      'no-show': 'NO_SHOW',
      canceled: 'CANCELED',
      scheduled: 'SCHEDULED',
    }[meeting.outcome];
    const modifiedAt = meeting.outcome === 'scheduled' ? meeting.bookedAt : meeting.startAt + 45 * MINUTE;
    meetings.push(
      record(id, meeting.bookedAt, modifiedAt, {
        hs_timestamp: iso(meeting.startAt),
        hs_createdate: iso(meeting.bookedAt),
        hs_meeting_start_time: iso(meeting.startAt),
        hs_meeting_end_time: iso(meeting.startAt + 30 * MINUTE),
        hs_meeting_outcome: outcome,
        hs_meeting_title: 'Discovery call',
        hubspot_owner_id: owner,
        hs_created_by_user_id: null,
      }),
    );
    expected.add(id, 'meetings_booked', meeting.bookedAt);
    if (meeting.outcome === 'completed' || meeting.outcome === 'scheduled')
      expected.add(id, 'meetings_held', meeting.startAt);
  });
  story.opportunities.forEach((opportunity, index) => {
    const id = String(9_000_000_001 + index);
    const closed = opportunity.stage !== 'open';
    deals.push(
      record(id, opportunity.createdAt, closed ? opportunity.closeAt : opportunity.createdAt, {
        createdate: iso(opportunity.createdAt),
        closedate: iso(opportunity.closeAt),
        // HubSpot keeps the amount as typed: sometimes with decimals.
        amount: random.chance(0.5) ? String(opportunity.amount) : opportunity.amount.toFixed(2),
        amount_in_home_currency: String(opportunity.amount),
        dealname: `Deal ${index + 1}`,
        dealstage:
          opportunity.stage === 'won'
            ? 'closedwon'
            : opportunity.stage === 'lost'
              ? 'closedlost'
              : 'qualifiedtobuy',
        pipeline: 'default',
        hs_is_closed_won: opportunity.stage === 'won' ? 'true' : 'false',
        hs_is_closed: closed ? 'true' : 'false',
        deal_currency_code: 'USD',
        hubspot_owner_id: opportunity.colleague ? colleague : owner,
        hs_created_by_user_id: null,
      }),
    );
    if (opportunity.colleague) return;
    expected.add(id, 'opportunities_created', opportunity.createdAt);
    expected.add(id, 'pipeline_created', opportunity.createdAt, opportunity.amount);
    if (opportunity.stage === 'won') {
      expected.add(id, 'deals_won', opportunity.closeAt);
      expected.add(id, 'revenue_won', opportunity.closeAt, opportunity.amount);
    }
  });
  const contacts: HubSpotRecord[] = story.leads.map((lead, index) => {
    const id = String(60_000_000_001 + index);
    const createdAt = lead.assignedAt - lead.createdBeforeMs;
    const modifiedAt = lead.converted?.at ?? lead.assignedAt;
    if (!lead.colleague && !lead.deleted) {
      expected.add(id, 'leads_assigned', lead.assignedAt);
      if (lead.converted !== null) expected.add(id, 'leads_converted', lead.converted.at);
    }
    return record(
      id,
      createdAt,
      modifiedAt,
      {
        createdate: iso(createdAt),
        lastmodifieddate: iso(modifiedAt),
        email: `lead${index + 1}@prospect.example`,
        firstname: 'Lee',
        lastname: `Lead ${index + 1}`,
        lifecyclestage: lead.converted === null ? 'lead' : 'opportunity',
        hs_lifecyclestage_opportunity_date: lead.converted === null ? null : iso(lead.converted.at),
        hs_lead_status: lead.converted === null ? random.pick(['NEW', 'OPEN', 'IN_PROGRESS']) : 'OPEN_DEAL',
        hubspot_owner_id: lead.colleague ? colleague : owner,
        // A contact created already owned has no separate assignment date: createdate stands for it.
        hubspot_owner_assigneddate: lead.createdBeforeMs === 0 ? null : iso(lead.assignedAt),
        hs_created_by_user_id: null,
      },
      lead.deleted,
    );
  });
  return { objects: { calls, emails, meetings, deals, contacts }, expected: expected.list };
}

function names(email: string): { firstName: string; lastName: string } {
  const local = email.split('@')[0] ?? 'rep';
  const [first = 'Rep', last = 'Tester'] = local.split(/[._-]/);
  const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return { firstName: title(first), lastName: title(last) };
}

/** A seeded quarter for `startFakeCrm({ seed })`, with what it must count in `expected`. */
export function seedQuarter(options: SeedQuarterOptions): SeededQuarter {
  if (!Number.isInteger(options.days) || options.days < 1 || options.days > 400) {
    throw new RangeError('days must be a whole number from 1 to 400');
  }
  const fromMs = startOfLocalDay(toDayNumber(options.start), options.timeZone);
  const toMs = startOfLocalDay(toDayNumber(options.start) + options.days, options.timeZone);
  const window = { fromMs, toMs, fromUtc: iso(fromMs), toUtc: iso(toMs) };
  const story = tellStory(options, toMs);

  const rep = options.repSalesforceId ?? salesforceId('005', 1);
  const colleague = salesforceId('005', 2);
  const owner = options.hubspotOwnerId ?? '71000001';
  const colleagueOwner = owner === '71000002' ? '71000003' : '71000002';
  const person = names(options.email);
  const salesforce = writeSalesforce(story, rep, colleague, options, window);
  const hubspot = writeHubSpot(story, owner, colleagueOwner, options, window);
  const ownerSeed = (
    id: string,
    email: string,
    userId: number,
    first: string,
    last: string,
  ): HubSpotOwnerSeed => ({
    id,
    email,
    firstName: first,
    lastName: last,
    userId,
    createdAt: '2024-01-15T10:00:00.000Z',
    updatedAt: '2026-01-15T10:00:00.000Z',
    archived: false,
    teams: [],
  });

  return {
    salesforce: {
      sessionId:
        options.sessionId ??
        `${salesforceId('00D', 1).slice(0, 15)}!fake.session.${seedFromText(options.email)}`,
      user: {
        userId: rep,
        organizationId: salesforceId('00D', 1),
        username: options.email,
        email: options.email,
        ...person,
        timeZone: options.timeZone,
        locale: 'en_US',
        title: null,
        managerId: null,
        roleId: null,
        isActive: true,
      },
      users: [],
      roles: [],
      sessions: [],
      sharing: 'public-read',
      apiUsage: { used: 0, max: 15_000 },
      records: salesforce.records,
    },
    hubspot: {
      token: options.hubspotToken ?? `pat-na1-fake-${seedFromText(options.email).toString(16)}`,
      portalId: 8_727_216,
      dailyLimit: 250_000,
      timeZone: options.timeZone,
      companyCurrency: 'USD',
      userTokens: [],
      owners: [
        ownerSeed(owner, options.email, 12_282_590, person.firstName, person.lastName),
        ownerSeed(colleagueOwner, 'colleague@example.test', 12_282_591, 'Casey', 'Colleague'),
      ],
      objects: hubspot.objects,
    },
    window,
    expected: { salesforce: salesforce.expected, hubspot: hubspot.expected },
  };
}

/** Count and amount per metric of an expected list (or of any activities of the same shape). */
export function expectedTotals(
  list: readonly ExpectedActivity[],
): Partial<Record<BuiltInMetric, { count: number; amount: number }>> {
  const totals: Partial<Record<BuiltInMetric, { count: number; amount: number }>> = {};
  for (const activity of list) {
    const total = totals[activity.metric] ?? { count: 0, amount: 0 };
    total.count += 1;
    total.amount += activity.amount ?? 0;
    totals[activity.metric] = total;
  }
  return totals;
}
