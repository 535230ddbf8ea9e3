import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../background/start';
import { moveLegacySecrets } from '../../sync/settings';
import { startSync } from '../../sync/start';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`[OnPace] ${reason}: version ${browser.runtime.getManifest().version}`);
  });
  // A token an earlier build kept where content scripts can read it moves to the secrets database.
  void moveLegacySecrets().catch((error: unknown) => {
    console.error('[OnPace] could not move the HubSpot token to the secrets database', String(error));
  });
  const background = startBackground();
  // CRM sync: alarms, resume after a stop, "sync now". It shares the background's database (one
  // connection) and change notifier (a synced page updates the overlays at once). All of this runs
  // synchronously at worker start, so no message arrives before the sync is attached.
  const { db, changed } = background.env;
  background.attachSync(startSync({ db, changed }));
});
