/** What the demo's managers write: calm, specific, about the next step (docs/ux.md "Voice"). */
import type { NoteTag } from '@onpace/core/schemas';
import type { DemoRep } from './roster';

export const NOTE_TEXTS: Record<DemoRep['story'], readonly string[]> = {
  steady: [
    'Good rhythm on calls this week; keep the morning block for prospecting.',
    'Two strong discovery calls today. Log next steps in the opportunity before Friday.',
    'Pipeline is where we planned. Let us look at stage ages on Thursday.',
    'Nice work qualifying out the stalled renewal early.',
  ],
  slump: [
    'Call volume is steady but few calls are turning into meetings. Let us review two recordings.',
    'New opportunities slowed this week. Block an hour a day for outbound to new accounts.',
    'Lead list for the Midwest segment is thin; I asked marketing for a refresh.',
    'Talked through the objection on pricing; try the ROI one-pager on the next three calls.',
  ],
  short: [
    'Pipeline is a little under plan. Focus on two larger accounts this week.',
    'Meetings held are on plan; the gap is deal size. Bring in a solution engineer earlier.',
    'Follow-ups from last week are still open; close them out before new outreach.',
    'Good call notes. Add the decision date to each open opportunity.',
  ],
  recovery: [
    'October was slow; the new sequence is working. Keep it going.',
    'Three new opportunities this week, all from the partner list.',
    'Pipeline is back above plan. Keep qualifying hard so it stays real.',
    'Nice recovery. Share the partner approach at the team meeting.',
  ],
  strong: [
    'Great start to the ramp: call volume above goal every day this week.',
    'First two opportunities created. Walk me through the next steps on each.',
    'Pipeline goal reached early. Keep the daily call rhythm through the last week.',
  ],
  new: ['Welcome aboard. Your ramp plan starts on Monday; we will go over the targets together.'],
};

export const NOTE_TAGS: readonly NoteTag[] = ['prospecting', 'pipeline', 'skills', 'other'];

export const PRIVATE_NOTE = 'Checked the territory split with sales ops; the plan targets stay as agreed.';

export const QUESTIONS: readonly string[] = [
  'What got in the way of outbound time this week?',
  'Which deal are you least sure about, and why?',
  'Where do most of your calls stall: getting through, or getting a meeting?',
  'What would help you book one more meeting a week?',
  'What did you try this week that you would do again?',
];

export const ANSWERS: readonly string[] = [
  'Internal meetings took two mornings. I moved them to the afternoon.',
  'The Harbor Freight renewal: no decision date yet. I will ask for one on Monday.',
  'Mostly getting a meeting. Prospects ask for pricing before they agree to a call.',
  'A shorter opener and a clearer reason to meet. I will try the new one-pager.',
  'Calling partners first thing worked: two meetings from it.',
];

export const ACTION_ITEMS: readonly string[] = [
  'Block 9–11 am for outbound calls, Monday to Thursday',
  'Add a decision date to every open opportunity',
  'Review two call recordings with your manager',
  'Send the ROI one-pager after each first meeting',
  'Refresh the target account list with sales ops',
];
