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

/** The badge's description: the verdict's reason, then the figures behind it. */
export function verdictDescription(entry: TargetAttainability): string {
  const figures: string[] = [];
  const round = formatFigure;
  if (entry.rep) {
    figures.push(
      `Before the plan, per ${entry.unit}: median ${round(entry.rep.median)}, 75th percentile ${round(entry.rep.p75)}, 90th ${round(entry.rep.p90)} (${entry.rep.observed} ${entry.unit}s).`,
    );
  }
  if (entry.team) {
    figures.push(
      `Team of ${entry.team.members}, per ${entry.unit}: median ${round(entry.team.median)}, 75th percentile ${round(entry.team.p75)}.`,
    );
  }
  return [entry.reason, ...figures].join(' ');
}

/** As core words figures: one decimal below 100, whole numbers with grouping above. */
function formatFigure(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: Math.abs(value) < 100 ? 1 : 0 }).format(
    value,
  );
}
