/**
 * The OnPace extension's id, which the dashboard needs to message it
 * (`chrome.runtime.sendMessage(ONPACE_EXTENSION_ID, …)`).
 *
 * Copied from packages/extension/src/extension-id.ts rather than imported, so the dashboard's
 * bundle never depends on the extension package. test/extension-id.test.ts reads that file and
 * fails if the two ever differ.
 */
export const ONPACE_EXTENSION_ID = 'benpdjhmjfgienlboaboenplcamcnfll';

/** How long to wait for the extension's answer; waking a stopped service worker takes ~200 ms. */
export const EXTENSION_TIMEOUT_MS = 5_000;
