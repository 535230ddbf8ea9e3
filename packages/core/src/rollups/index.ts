export * from './dedupe.js';
export * from './rollup.js';
