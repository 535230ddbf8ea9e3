import { STATUS_LOOK } from '@onpace/core/present';
import type { OverlayData } from '../store';
import type { BadgeContent } from './Badge';
import { cadenceFigures, type Formatters, headlineTarget, ratioText } from './figures';
import { unitWord } from './figures-unit';

const NEUTRAL: BadgeContent = { status: null, figure: null, label: 'OnPace' };

/**
 * What the collapsed badge shows: the plan's status icon and the figure of its most pressing
 * target ("32/50 calls"). In discreet mode, while loading, or without data: a neutral icon only.
 */
export function badgeContent(data: OverlayData, format: (currency: string) => Formatters): BadgeContent {
  if (data.status === 'loading') return NEUTRAL;
  if (data.status === 'unavailable') return { ...NEUTRAL, label: 'OnPace: not connected' };
  const { plan, settings } = data.state;
  if (!plan || settings.discreet) return NEUTRAL;
  const target = headlineTarget(plan.targets);
  if (!target)
    return { status: plan.status, figure: null, label: `OnPace: ${STATUS_LOOK[plan.status].word}` };
  const figures = cadenceFigures(target);
  const formatters = format(plan.currency);
  const figure = `${ratioText(target, figures, formatters, true)} ${unitWord(target)}`;
  return {
    status: plan.status,
    figure,
    label: `OnPace: ${STATUS_LOOK[plan.status].word}. ${target.label} ${ratioText(target, figures, formatters)} ${figures.scope}`,
  };
}
