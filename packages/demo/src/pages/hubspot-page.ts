/**
 * A HubSpot deal record page, hand-written after the landmarks the extension reads
 * (packages/extension/src/crm-adapters/hubspot/selectors.ts): the global toolbar and vertical nav
 * by `data-test-id`, the left sidebar `#record-page-left-sidebar` and the record name in
 * `[data-selenium-test="highlightTitle"]`. Like the real page, no readable class names.
 */
import { dateTime, escapeHtml, money, shortDate } from './html.js';
import type { RecordPageData } from './page-data.js';

const STAGES: Record<string, string> = {
  appointmentscheduled: 'Appointment scheduled',
  qualifiedtobuy: 'Qualified to buy',
  closedwon: 'Closed won',
  closedlost: 'Closed lost',
};

const STYLE = `
  body { margin: 0; font: 14px/1.5 "Lexend Deca", Helvetica, Arial, sans-serif; background: #f5f8fa; color: #33475b;
         --global-nav-vertical-nav-width: 56px; }
  [data-test-id="hs-global-toolbar"] { position: fixed; top: 0; left: 0; right: 0; height: 44px; background: #2d3e50; color: #fff;
         display: flex; align-items: center; padding: 0 16px 0 72px; gap: 16px; z-index: 10; }
  [data-test-id="hs-global-toolbar"] .search { background: #425b76; border-radius: 3px; padding: 4px 12px; width: 360px; color: #cbd6e2; }
  [data-test-id="hs-vertical-nav"] { position: fixed; top: 44px; bottom: 0; left: 0; width: var(--global-nav-vertical-nav-width);
         background: #213343; }
  [data-test-id="hs-vertical-nav"] i { display: block; width: 24px; height: 24px; margin: 16px auto; border-radius: 6px; background: #516f90; }
  main { margin: 44px 0 0 var(--global-nav-vertical-nav-width); display: grid; grid-template-columns: 300px 1fr 280px; gap: 16px; padding: 16px; }
  section, aside > div { background: #fff; border: 1px solid #dfe3eb; border-radius: 4px; padding: 16px; }
  h1 { font-size: 20px; margin: 8px 0 4px; }
  dl { margin: 12px 0 0; } dt { font-size: 12px; color: #516f90; } dd { margin: 0 0 8px; }
  [role="tablist"] { display: flex; gap: 24px; border-bottom: 1px solid #dfe3eb; margin-bottom: 12px; }
  [role="tab"] { border: 0; background: none; padding: 8px 0; font: inherit; color: #33475b; }
  [role="tab"][aria-selected="true"] { border-bottom: 3px solid #ff7a59; font-weight: 600; }
  .highlights { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin-bottom: 16px; }
  .highlights div { background: #f5f8fa; padding: 8px; border-radius: 4px; }
  ul { list-style: none; margin: 0; padding: 0; } li { border-top: 1px solid #eaf0f6; padding: 8px 0; }
`;

export function hubspotDealPage(data: RecordPageData): string {
  const { record } = data;
  const name = escapeHtml(record.name);
  const stage = escapeHtml(STAGES[record.stage] ?? record.stage);
  const calls = data.recentCalls
    .map((at) => `<li><strong>Logged call</strong> · ${escapeHtml(dateTime(at, data.timeZone))}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${name} | Deal</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <header data-test-id="hs-global-toolbar"><span class="search">Search HubSpot</span></header>
    <nav data-test-id="hs-vertical-nav"><i></i><i></i><i></i><i></i></nav>
    <main>
      <div id="record-page-left-sidebar">
        <aside data-test-id="left-sidebar">
          <div data-test-id="card-wrapper-highlight" data-card-type="OBJECT_HIGHLIGHT">
            <span>Deal</span>
            <h1 data-selenium-test="highlightTitle">${name}</h1>
            <dl>
              <dt>Amount</dt><dd>${escapeHtml(money(record.amount))}</dd>
              <dt>Close date</dt><dd>${escapeHtml(shortDate(record.closeDate))}</dd>
              <dt>Deal stage</dt><dd>${stage}</dd>
              <dt>Deal owner</dt><dd>${escapeHtml(data.ownerName)}</dd>
            </dl>
          </div>
        </aside>
      </div>
      <section data-test-id="middle-pane">
        <div role="tablist"><button type="button" role="tab" aria-selected="true">Overview</button><button type="button" role="tab">Activities</button></div>
        <div role="tabpanel">
          <div class="highlights">
            <div><small>DEAL STAGE</small><br />${stage}</div>
            <div><small>AMOUNT</small><br />${escapeHtml(money(record.amount))}</div>
            <div><small>CLOSE DATE</small><br />${escapeHtml(shortDate(record.closeDate))}</div>
          </div>
          <h2>Recent activities</h2>
          <ul>${calls || '<li>No activities yet.</li>'}</ul>
        </div>
        <div role="tabpanel" hidden>All activities</div>
      </section>
      <aside data-test-id="records-right-sidebar">
        <div data-test-id="card-wrapper-contacts">Contacts (2)</div>
      </aside>
    </main>
  </body>
</html>
`;
}
