import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../background/start';
import { startSync } from '../../sync/start';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`[OnPace] ${reason}: version ${browser.runtime.getManifest().version}`);
  });
  startBackground();
  // CRM sync: alarms, resume after a stop, and `syncNow()` for a "sync now" request.
  startSync();
});
