/**
 * `@onpace/core/diagnosis`: a rep's baseline before a plan, the root cause of their results, the
 * attainability of each target, suggested targets and plan lint. Pure: no clock, no I/O.
 */
export * from './attainability.js';
export * from './attainability-schema.js';
export { attainabilityWords, attainableGoalLabel, chanceWords, percentWords } from './attainability-words.js';
export * from './baseline.js';
export * from './baseline-schema.js';
export {
  compareWithOwnPast,
  compareWithTeam,
  GAP_RATIO,
  isLeadStarved,
  MIN_DEALS_FOR_SIZE,
  MIN_STAGE_BASE,
} from './compare.js';
export * from './diagnose.js';
export * from './diagnosis-schema.js';
export * from './funnel.js';
export * from './funnel-stages.js';
export {
  ATTAINABLE_CHANCE,
  attainabilityChance,
  goalStep,
  highestAttainableGoal,
  roundGoalDown,
} from './highest-goal.js';
export * from './lead-deep-dive.js';
export * from './lead-deep-dive-schema.js';
export * from './lint.js';
export * from './lint-schema.js';
export * from './own-history.js';
export { distributionOf, percentile, percentileOfSorted } from './percentile.js';
export { binomialTail, normalCdf } from './probability.js';
export * from './suggest.js';
export * from './suggestion-schema.js';
export {
  callsPerLeadOf,
  MIN_TEAM_MEMBERS,
  type TeamFunnel,
  type TeamStat,
  teamFunnel,
  teamMembers,
  teamRate,
} from './team.js';
export {
  hasEnoughHistory,
  MIN_SAMPLE_DAYS,
  MIN_SAMPLE_WEEKS,
  REALISTIC_CHANCE,
  STRETCH_CHANCE,
  verdictOf,
} from './verdict.js';
