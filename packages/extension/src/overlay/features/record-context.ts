import { readPageRecord, readRecordName, recordFromPage } from '../../crm-adapters/read-record';
import type { OverlayFeature } from '../runtime/feature';
import { domSettled, waitFor } from '../runtime/wait-for';

const NAME_WAIT_MS = 8_000;

/**
 * Tells the background which record is open in this tab (`page/record`), so the popup can link
 * a note to it. The object and id come from the URL at once; the name follows once the live
 * view shows it, read after the DOM settles so a view on its way out is not read. When the
 * markup never shows it, the tab title is the last resort.
 */
export const recordContext: OverlayFeature = {
  id: 'record-context',
  lifetime: 'page',
  async init({ page, url, adapter, document, client, signal }) {
    if (page.kind !== 'record') {
      await client.send({ type: 'page/record', record: null });
      return;
    }
    await client.send({ type: 'page/record', record: recordFromPage(page, url) });
    await domSettled({ signal, quietMs: 150, maxMs: 1_500 });
    if (signal.aborted) return;
    await waitFor(() => readRecordName(adapter, document), {
      signal,
      timeoutMs: NAME_WAIT_MS,
      intervalMs: 250,
    });
    if (signal.aborted) return;
    const record = readPageRecord(adapter, document, page, url);
    if (record.name !== undefined) await client.send({ type: 'page/record', record });
  },
};
