import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRuntimeListener } from '../../messaging/runtime-listener';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`[OnPace] ${reason}: version ${browser.runtime.getManifest().version}`);
  });
  browser.runtime.onMessage.addListener(
    createRuntimeListener(() => ({ version: browser.runtime.getManifest().version })),
  );
});
