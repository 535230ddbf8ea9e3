/**
 * How each status word of docs/pace.md looks: always a word, an icon (a distinct shape) and a
 * colour, never colour alone (docs/ux.md). The colours pass WCAG AA (4.5:1) as text on white
 * and on both CRMs' grey page backgrounds; test/overlay/status-style.test.ts checks it.
 */
import type { StatusWord } from '../../messaging/overlay-protocol';

export interface StatusLook {
  readonly word: string;
  /** A shape, so the status reads in black and white and for colour-blind reps. */
  readonly icon: string;
  readonly color: string;
}

export const STATUS_LOOK: Readonly<Record<StatusWord, StatusLook>> = {
  achieved: { word: 'achieved', icon: '\u2713', color: '#1e6b34' },
  ahead: { word: 'ahead', icon: '\u25b2', color: '#1f6f43' },
  'on-track': { word: 'on track', icon: '\u25cf', color: '#0b5cab' },
  'at-risk': { word: 'at risk', icon: '\u25c6', color: '#8c4b00' },
  behind: { word: 'behind', icon: '\u25bc', color: '#b0281a' },
  missed: { word: 'missed', icon: '\u25a0', color: '#4b5563' },
  'not-started': { word: 'not started', icon: '\u25cb', color: '#5a6472' },
};

/** The backgrounds status text sits on: our panel, Salesforce's and HubSpot's page greys. */
export const STATUS_BACKGROUNDS: readonly string[] = ['#ffffff', '#f3f3f3', '#f5f8fa'];
