export * from './evaluate.js';
export * from './next-action.js';
export * from './status.js';
export { evaluateWindow, statusFromRatio, type WindowFigures } from './window.js';
