/**
 * How an attainability verdict looks in the plan editor: a word, an icon and a colour together
 * (docs/ux.md), each colour with at least 4.5:1 contrast on white. The words describe the target,
 * never the person.
 */
import type { TargetAttainability, Verdict } from '@onpace/core/diagnosis';

export interface VerdictStyle {
  readonly word: string;
  readonly icon: string;
  readonly color: string;
}

export const VERDICT_STYLES: Readonly<Record<Verdict, VerdictStyle>> = {
  realistic: { word: 'realistic', icon: '✓', color: '#1e6b33' },
  stretch: { word: 'stretch', icon: '↗', color: '#1d5fa8' },
  unrealistic: { word: 'unrealistic', icon: '△', color: '#8a5300' },
  'no-data': { word: 'no data yet', icon: '○', color: '#56606d' },
};

/** The badge's description: core's words for the verdict, then the team beside it as context. */
export function verdictDescription(entry: TargetAttainability): string {
  return entry.team === null ? entry.reason : `${entry.reason} ${entry.team.words}`;
}

/** The chance as the badge's figure: "34 % chance"; "under 1 %" and "over 99 %" at the ends. */
export function chanceLabel(chance: number | null): string | null {
  if (chance === null) return null;
  if (chance < 0.005 && chance > 0) return 'under 1 % chance';
  if (chance > 0.995 && chance < 1) return 'over 99 % chance';
  return `${Math.round(chance * 100)} % chance`;
}
