export * from './business-day.js';
export * from './check-in-schedule.js';
export * from './evaluate.js';
export * from './evaluation-schema.js';
export * from './next-action.js';
export * from './snapshot.js';
export * from './status.js';
export { evaluateWindow, statusFromRatio, type WindowFigures } from './window.js';
