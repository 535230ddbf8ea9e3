/** Where the story finds what the workspace built. This file sits one level below the package. */
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_DIR = fileURLToPath(new URL('../../..', import.meta.url));
export const EXTENSION_DIR = fileURLToPath(new URL('../../extension/.output/chrome-mv3', import.meta.url));
export const DASHBOARD_DIR = fileURLToPath(new URL('../../web-dashboard', import.meta.url));
/** Debian's Chromium (scripts/ensure-chromium.mjs installs it); never `playwright install`. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
