import { metricName } from '@onpace/core/words';
import type { OverlayTarget } from '../../messaging/overlay-protocol';

/** The short metric word after a figure in the badge: "32/50 calls", "2/5 opps", "$60K/$100K pipeline". */
export function unitWord(target: OverlayTarget): string {
  return metricName(target.metric);
}
