/**
 * How each status word of docs/pace.md looks on OnPace's pages: always a word, an icon and a colour
 * together, never colour alone (docs/ux.md). Each colour keeps a WCAG AA contrast (4.5:1) on
 * white and on the CRMs' light greys (test/pages/status-style.test.ts checks it).
 */
import type { StatusWord } from '../messaging/overlay-protocol';

export interface StatusStyle {
  readonly word: string;
  readonly icon: string;
  readonly color: string;
}

export const STATUS_STYLES: Readonly<Record<StatusWord, StatusStyle>> = {
  achieved: { word: 'achieved', icon: '✓', color: '#1e6b33' },
  ahead: { word: 'ahead', icon: '↑', color: '#0f6660' },
  'on-track': { word: 'on track', icon: '●', color: '#1d5fa8' },
  'not-started': { word: 'not started', icon: '○', color: '#56606d' },
  'at-risk': { word: 'at risk', icon: '!', color: '#8a5300' },
  behind: { word: 'behind', icon: '↓', color: '#a3361c' },
  missed: { word: 'missed', icon: '✕', color: '#7d2b2b' },
};
