/**
 * `@onpace/core/words`: what the overlay needs to talk about pace (metric names, next-action
 * sentences) without zod or the engine, so content scripts stay small.
 */
export * from './metrics/catalog.js';
export * from './pace/next-action.js';
export * from './pace/status.js';
