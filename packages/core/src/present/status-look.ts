/**
 * How each status word of pace.md looks everywhere OnPace shows one (overlay, popup, options,
 * dashboard): always a word, an icon (a distinct shape, so it reads in black and white and for
 * colour-blind readers) and a colour, never colour alone (docs/ux.md). Every colour keeps a
 * WCAG AA contrast (4.5:1) as text on white and on the CRMs' light grey page backgrounds;
 * test/present/status-look.test.ts checks each pair.
 */
import { STATUSES, type Status } from '../pace/status.js';

export interface StatusLook {
  /** The word as people read it ("on track"). */
  readonly word: string;
  readonly icon: string;
  /** `#rrggbb`, for text and for thin marks (bars, chart fills). */
  readonly color: string;
}

export const STATUS_LOOK: Readonly<Record<Status, StatusLook>> = {
  achieved: { word: 'achieved', icon: '\u2713', color: '#1e6b34' },
  ahead: { word: 'ahead', icon: '\u25b2', color: '#0f6660' },
  'on-track': { word: 'on track', icon: '\u25cf', color: '#0b5cab' },
  'at-risk': { word: 'at risk', icon: '\u25c6', color: '#8a4b00' },
  behind: { word: 'behind', icon: '\u25bc', color: '#b0281a' },
  missed: { word: 'missed', icon: '\u2715', color: '#6b2c91' },
  'not-started': { word: 'not started', icon: '\u25cb', color: '#52606d' },
};

/** Worst first, as tables and filters list them: trouble at the top. */
export const STATUS_ORDER: readonly Status[] = STATUSES;

/** The backgrounds status text sits on: white, Salesforce's and HubSpot's greys, our pages' canvases. */
export const STATUS_BACKGROUNDS: readonly string[] = [
  '#ffffff',
  '#f3f3f3',
  '#f3f2f2',
  '#f5f8fa',
  '#eaf0f6',
  '#f4f6f8',
  '#f5f7f9',
];

/** `--status-<word>: <colour>;` for each status, so a stylesheet takes its colours from here. */
export function statusColorVariables(): string {
  return STATUS_ORDER.map((status) => `--status-${status}: ${STATUS_LOOK[status].color};`).join(' ');
}

/** The status the overlay's badge speaks for first: the worst (pace.md's order). */
export function statusSeverity(status: Status): number {
  return STATUS_ORDER.indexOf(status);
}
