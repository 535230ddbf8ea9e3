/**
 * The extension's id, fixed by the manifest `key` in wxt.config.ts (see
 * test/extension-id.test.ts, which recomputes it). The web dashboard needs it to
 * message the extension, and e2e tests check the loaded extension has it.
 */
export const ONPACE_EXTENSION_ID = 'benpdjhmjfgienlboaboenplcamcnfll';
