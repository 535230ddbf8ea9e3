export * from './attribution.js';
export * from './dedupe.js';
export * from './rollup.js';
