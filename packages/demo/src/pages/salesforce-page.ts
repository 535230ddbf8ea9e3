/**
 * A Salesforce Lightning opportunity record page, hand-written after the landmarks the extension
 * reads (packages/extension/src/crm-adapters/salesforce/selectors.ts): the global header
 * `#oneHeader`, the active view `.windowViewMode-normal.active`, the record name in
 * `records-highlights2 slot[name="primaryField"]`, and the bottom `.slds-utility-bar`.
 */
import { dateTime, escapeHtml, money, shortDate } from './html.js';
import type { RecordPageData } from './page-data.js';

const STAGES = ['Prospecting', 'Qualification', 'Needs Analysis', 'Proposal', 'Negotiation', 'Closed'];

const STYLE = `
  body { margin: 0; font: 13px/1.5 -apple-system, "Segoe UI", Roboto, sans-serif; background: #b0c4df; color: #181818; }
  #oneHeader { position: fixed; top: 0; left: 0; right: 0; height: 90px; background: #fff; box-shadow: 0 2px 2px rgba(0,0,0,.1); z-index: 10; }
  .top { display: flex; align-items: center; gap: 16px; height: 50px; padding: 0 16px; }
  .cloud { width: 44px; height: 30px; border-radius: 15px; background: #0b5cab; }
  .search { flex: 0 1 560px; margin: 0 auto; border: 1px solid #c9c9c9; border-radius: 4px; padding: 6px 12px; color: #747474; }
  one-appnav { display: flex; gap: 22px; align-items: center; height: 40px; padding: 0 16px; border-top: 3px solid #0176d3; }
  one-appnav .app { font-size: 16px; font-weight: 600; }
  one-appnav a { color: #181818; text-decoration: none; }
  one-appnav a.current { border-bottom: 3px solid #0176d3; padding-bottom: 7px; }
  .viewport { padding: 102px 12px 52px; }
  .windowViewMode-normal:not(.active) { display: none; }
  .card { background: #fff; border: 1px solid #dddbda; border-radius: 4px; padding: 12px 16px; margin-bottom: 12px; }
  .slds-page-header { display: flex; align-items: center; gap: 12px; }
  .icon { width: 32px; height: 32px; border-radius: 4px; background: #ff5d2d; }
  records-entity-label { display: block; font-size: 12px; color: #444; }
  lightning-formatted-text { font-size: 18px; font-weight: 700; }
  .highlights { display: flex; gap: 40px; margin-top: 12px; }
  .highlights dt { font-size: 12px; color: #444; }
  .highlights dd { margin: 0; }
  .path { display: flex; gap: 4px; margin-bottom: 12px; }
  .path span { flex: 1; text-align: center; padding: 6px; background: #ecebea; border-radius: 15px; }
  .path span.done { background: #2e844a; color: #fff; }
  .path span.current { background: #014486; color: #fff; }
  .columns { display: grid; grid-template-columns: 2fr 1fr; gap: 12px; }
  .fields { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 24px; }
  .fields div { border-bottom: 1px solid #dddbda; padding-bottom: 4px; }
  .fields span { display: block; font-size: 12px; color: #444; }
  h2 { font-size: 14px; margin: 0 0 8px; }
  ul.timeline { list-style: none; margin: 0; padding: 0; }
  ul.timeline li { padding: 6px 0 6px 12px; border-left: 3px solid #48c3cc; margin-bottom: 6px; }
  .slds-utility-bar { position: fixed; bottom: 0; left: 0; right: 0; height: 40px; background: #fff; border-top: 1px solid #dddbda; display: flex; align-items: center; gap: 24px; padding: 0 16px; }
`;

function path(stage: string): string {
  const index = Math.max(0, STAGES.indexOf(stage));
  return STAGES.map((name, position) => {
    const state = position < index ? 'done' : position === index ? 'current' : '';
    return `<span class="${state}">${escapeHtml(name)}</span>`;
  }).join('');
}

export function salesforceOpportunityPage(data: RecordPageData): string {
  const { record } = data;
  const name = escapeHtml(record.name);
  const account = escapeHtml(record.name.split(' — ')[0] ?? record.name);
  const calls = data.recentCalls
    .map((at) => `<li><strong>Call</strong> · ${escapeHtml(dateTime(at, data.timeZone))}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${name} | Opportunity | Salesforce</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <div id="oneHeader" class="slds-global-header">
      <div class="top"><div class="cloud" aria-hidden="true"></div><div class="search">Search...</div></div>
      <one-appnav>
        <span class="app">Sales</span><a href="#">Home</a><a class="current" href="#">Opportunities</a>
        <a href="#">Accounts</a><a href="#">Contacts</a><a href="#">Reports</a><a href="#">Dashboards</a>
      </one-appnav>
    </div>
    <div class="viewport">
      <div class="windowViewMode-normal oneContent">
        <records-highlights2><div class="slds-page-header slds-page-header_record-home">
          <slot name="primaryField"><lightning-formatted-text>Previous record</lightning-formatted-text></slot>
        </div></records-highlights2>
      </div>
      <div class="windowViewMode-normal oneContent active">
        <div class="card">
          <records-highlights2>
            <div class="slds-page-header slds-page-header_record-home">
              <div class="icon" aria-hidden="true"></div>
              <div>
                <records-entity-label>Opportunity</records-entity-label>
                <slot name="primaryField"><lightning-formatted-text>${name}</lightning-formatted-text></slot>
              </div>
            </div>
          </records-highlights2>
          <dl class="highlights">
            <div><dt>Account Name</dt><dd>${account}</dd></div>
            <div><dt>Close Date</dt><dd>${escapeHtml(shortDate(record.closeDate))}</dd></div>
            <div><dt>Amount</dt><dd>${escapeHtml(money(record.amount))}</dd></div>
            <div><dt>Opportunity Owner</dt><dd>${escapeHtml(data.ownerName)}</dd></div>
          </dl>
        </div>
        <div class="card path">${path(record.stage)}</div>
        <div class="columns">
          <div class="card">
            <h2>Details</h2>
            <div class="fields">
              <div data-target-selection-name="sfdc:RecordField.Opportunity.Name"><span>Opportunity Name</span>${name}</div>
              <div data-target-selection-name="sfdc:RecordField.Opportunity.Amount"><span>Amount</span>${escapeHtml(money(record.amount))}</div>
              <div data-target-selection-name="sfdc:RecordField.Opportunity.StageName"><span>Stage</span>${escapeHtml(record.stage)}</div>
              <div><span>Close Date</span>${escapeHtml(shortDate(record.closeDate))}</div>
              <div><span>Type</span>New Customer</div>
              <div><span>Lead Source</span>Outbound</div>
            </div>
          </div>
          <div class="card">
            <h2>Activity</h2>
            <ul class="timeline">${calls || '<li>No activities to show.</li>'}</ul>
          </div>
        </div>
      </div>
    </div>
    <div class="slds-utility-bar"><span>Notes</span><span>History</span><span>To Do List</span></div>
  </body>
</html>
`;
}
