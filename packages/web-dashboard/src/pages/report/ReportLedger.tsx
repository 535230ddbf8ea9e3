import { diffRevisions, type LedgerState } from '@onpace/core/ledger';
import { formatDate, formatInstant, formatShortDate, formatValue, STATUS_LOOK } from '@onpace/core/present';
import type { Activity, Plan } from '@onpace/core/schemas';
import { metricName } from '@onpace/core/schemas';
import type { CountSources } from '../../model/count-sources';
import { lifecycleWords } from '../../model/ledger-words';

export interface ReportLedgerProps {
  readonly plan: Plan;
  readonly ledger: LedgerState;
  /** The end of the as-of day (epoch ms): what was written later is not in the report. */
  readonly until: number;
  readonly sources: readonly CountSources[];
  /** Where the figures come from (see PlanData.countedFrom). */
  readonly countedFrom: 'activities' | 'sent-rollup';
  readonly locale: string | undefined;
}

const upTo = (until: number) => (instant: string) => Date.parse(instant) <= until;

function personName(plan: Plan, id: string): string {
  if (id === plan.rep.id) return plan.rep.name;
  if (id === plan.manager?.id) return plan.manager.name;
  return id;
}

function label(metric: string): string {
  const name = metricName(metric);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function ManualLogs({
  plan,
  logs,
  locale,
}: {
  plan: Plan;
  logs: readonly Activity[];
  locale: string | undefined;
}) {
  if (logs.length === 0) return <p>No manual log.</p>;
  return (
    <ul data-onpace="manual-logs">
      {logs.map((activity) => (
        <li key={activity.id} data-source="manual">
          {formatInstant(activity.occurredAt, plan.timeZone, locale)}: {label(activity.metric)}
          {activity.amount === undefined
            ? ''
            : `, ${formatValue(activity.metric, activity.amount, plan.currency, locale)}`}{' '}
          (logged by hand by the rep)
        </li>
      ))}
    </ul>
  );
}

/** The shared record in print: revisions and their changes, receipts, check-ins, disputes, notes, counts. */
export function ReportLedger({ plan, ledger, until, sources, countedFrom, locale }: ReportLedgerProps) {
  const known = upTo(until);
  const at = (instant: string) => formatInstant(instant, plan.timeZone, locale);
  const revisions = ledger.revisions.filter((revision) => known(revision.at));
  const acknowledgments = ledger.acknowledgments.filter((ack) => known(ack.at));
  const checkIns = ledger.checkIns.filter((checkIn) => known(checkIn.heldAt));
  const disputes = ledger.disputes.filter((dispute) => known(dispute.openedAt));
  const notes = ledger.notes.filter((note) => known(note.history[0]?.at ?? ''));
  const logs = ledger.activities.filter((activity) => activity.source === 'manual');
  return (
    <>
      <section className="report-section" aria-labelledby="report-revisions" data-onpace="report-revisions">
        <h3 id="report-revisions">Revisions</h3>
        <p>
          State: {lifecycleWords(ledger.lifecycle, ledger.outcome)}
          {ledger.summary ? ` — ${ledger.summary}` : ''}.
        </p>
        <ol>
          {revisions.map((revision, index) => {
            const before = revisions[index - 1];
            const changes = before ? diffRevisions(before.plan, revision.plan) : [];
            return (
              <li key={revision.hash} data-revision={revision.number}>
                Revision {revision.number}, issued {at(revision.at)}
                {before === undefined ? ' (the plan as first set)' : ''}
                {changes.length > 0 ? (
                  <ul className="revision-changes">
                    {changes.map((change) => (
                      <li key={change.field}>{change.text}</li>
                    ))}
                  </ul>
                ) : before ? (
                  <span>: no change a rep reads</span>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
      <section className="report-section" aria-labelledby="report-acks" data-onpace="report-acknowledgments">
        <h3 id="report-acks">Acknowledgments</h3>
        <p className="hint">An acknowledgment is a receipt of the exact revision, not an agreement.</p>
        {acknowledgments.length === 0 ? (
          <p>No acknowledgment recorded.</p>
        ) : (
          <ul>
            {acknowledgments.map((ack) => (
              <li key={`${ack.hash}-${ack.at}`} data-revision={ack.revision}>
                Revision {ack.revision} acknowledged by {personName(plan, ack.by)} on {at(ack.at)}
                {ack.comment ? `, with the comment “${ack.comment}”` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="report-section" aria-labelledby="report-check-ins" data-onpace="report-check-ins">
        <h3 id="report-check-ins">Check-ins</h3>
        {checkIns.length === 0 ? <p>No check-in recorded.</p> : null}
        {checkIns.map((checkIn) => (
          <article key={checkIn.id} className="report-entry">
            <h4>
              <time dateTime={checkIn.date}>{formatDate(checkIn.date, locale)}</time>
              {checkIn.snapshot ? ` · plan ${STATUS_LOOK[checkIn.snapshot.status].word} at the time` : ''}
            </h4>
            <p>
              <strong>Question:</strong> {checkIn.question}
            </p>
            <p>
              <strong>Answer:</strong>{' '}
              {checkIn.answer !== null && checkIn.answeredAt !== null && known(checkIn.answeredAt)
                ? `${checkIn.answer} (${at(checkIn.answeredAt)})`
                : 'none recorded'}
            </p>
            {checkIn.actions.length > 0 ? (
              <ul>
                {checkIn.actions.map((action) => (
                  <li key={action.id}>
                    {action.text}
                    {action.due ? `; due ${formatShortDate(action.due, locale)}` : ''};{' '}
                    {action.done ? 'done' : 'open'}
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))}
      </section>
      <section className="report-section" aria-labelledby="report-disputes" data-onpace="report-disputes">
        <h3 id="report-disputes">Disputes</h3>
        {disputes.length === 0 ? (
          <p>No dispute recorded.</p>
        ) : (
          <ul>
            {disputes.map((dispute) => {
              const resolved = dispute.resolvedAt !== null && known(dispute.resolvedAt);
              return (
                <li
                  key={dispute.id}
                  data-dispute-id={dispute.id}
                  data-status={resolved ? dispute.status : 'open'}
                >
                  {label(dispute.metric)} on {formatDate(dispute.date, locale)}:{' '}
                  {dispute.kind === 'missing'
                    ? `${dispute.amount ?? 1} missing`
                    : `${dispute.activities.length} should not count (${dispute.activities.join(', ')})`}
                  . Reason: “{dispute.text}” ({at(dispute.openedAt)}).{' '}
                  {resolved && dispute.resolvedAt !== null
                    ? `${dispute.status === 'accepted' ? 'Accepted' : 'Rejected'} on ${at(dispute.resolvedAt)}: “${dispute.resolution ?? ''}”`
                    : 'Open.'}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="report-section" aria-labelledby="report-notes" data-onpace="report-notes">
        <h3 id="report-notes">Shared notes</h3>
        {notes.length === 0 ? <p>No shared note recorded.</p> : null}
        <ul className="report-notes">
          {notes.map((note) => {
            const versions = note.history.filter((version) => known(version.at));
            const deleted = note.deleted && note.deletedAt !== null && known(note.deletedAt);
            return (
              <li key={note.id} data-note-id={note.id} data-deleted={deleted}>
                {personName(plan, note.author)}, {at(versions[0]?.at ?? '')}: {versions.at(-1)?.text}
                {versions.length > 1 ? (
                  <ul>
                    {versions.slice(0, -1).map((version) => (
                      <li key={version.at}>
                        Earlier text ({at(version.at)}): “{version.text}”
                      </li>
                    ))}
                  </ul>
                ) : null}
                {deleted && note.deletedAt ? <em> Deleted on {at(note.deletedAt)}.</em> : null}
              </li>
            );
          })}
        </ul>
      </section>
      <section className="report-section" aria-labelledby="report-sources" data-onpace="report-sources">
        <h3 id="report-sources">Where the counts come from</h3>
        {countedFrom === 'sent-rollup' ? (
          <p data-onpace="counted-from-rollup">
            The figures are the daily totals the rep's extension sent; this dashboard holds no activity of its
            own to split them by source.
          </p>
        ) : null}
        <table className="report-table" hidden={countedFrom === 'sent-rollup'}>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">From the CRM</th>
              <th scope="col">Logged by hand</th>
              <th scope="col">Added by accepted disputes</th>
              <th scope="col">Taken out by accepted disputes</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((row) => (
              <tr key={row.metric} data-metric={row.metric}>
                <th scope="row">{label(row.metric)}</th>
                <td data-source="crm">{formatValue(row.metric, row.crm, plan.currency, locale)}</td>
                <td data-source="manual">{formatValue(row.metric, row.manual, plan.currency, locale)}</td>
                <td data-source="dispute-added">
                  {formatValue(row.metric, row.disputeAdded, plan.currency, locale)}
                </td>
                <td data-source="dispute-removed">
                  {formatValue(row.metric, row.disputeRemoved, plan.currency, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h4>Manual logs</h4>
        <ManualLogs
          plan={plan}
          logs={logs.filter((activity) => known(activity.occurredAt))}
          locale={locale}
        />
      </section>
    </>
  );
}
