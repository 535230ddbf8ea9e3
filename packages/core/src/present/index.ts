/**
 * `@onpace/core/present`: the presentation kit every screen shares (status words, order, icons,
 * colours; number, money and date formats). Zod-free and engine-free, so content scripts can
 * take it without growing.
 */
export * from './format.js';
export * from './status-look.js';
