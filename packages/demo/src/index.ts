/**
 * @onpace/demo: OnPace end to end, as a newcomer sees it. `startEnvironment` starts the fake CRM,
 * the dashboard and Chromium with the built extension; `runSteps` walks the story (STORY) and
 * checks every step. The CLI (`pnpm demo`) and the e2e test (e2e/story.spec.ts) both use them.
 */

export { type Environment, type EnvironmentOptions, startEnvironment } from './env/environment.js';
export { type Step, StepError, type StepOutcome, type StoryContext } from './story/context.js';
export { type RunOptions, runSteps, type StepRecord, type StepWrapper } from './story/run-story.js';
export { servedLines } from './story/served.js';
export { STORY } from './story/steps/index.js';
