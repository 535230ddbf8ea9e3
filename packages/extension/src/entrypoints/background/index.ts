import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../background/start';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`[OnPace] ${reason}: version ${browser.runtime.getManifest().version}`);
  });
  startBackground();
});
