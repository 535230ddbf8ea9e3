/**
 * How a status looks: always a word plus an icon plus a colour, never colour alone (docs/ux.md).
 * The colours (in styles.css, `.status-<word>`) meet WCAG AA on white and on light grey.
 */
import type { Status } from '@onpace/core/pace';

export interface StatusLook {
  readonly word: string;
  readonly icon: string;
}

export const STATUS_LOOK: Record<Status, StatusLook> = {
  achieved: { word: 'achieved', icon: '✓' },
  ahead: { word: 'ahead', icon: '▲' },
  'on-track': { word: 'on track', icon: '●' },
  'at-risk': { word: 'at risk', icon: '◆' },
  behind: { word: 'behind', icon: '▼' },
  missed: { word: 'missed', icon: '✕' },
  'not-started': { word: 'not started', icon: '○' },
};
