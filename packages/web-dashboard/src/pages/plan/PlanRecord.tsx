import { diffRevisions, type LedgerState } from '@onpace/core/ledger';
import { formatDate, formatInstant, formatShortDate } from '@onpace/core/present';
import type { Plan } from '@onpace/core/schemas';
import { metricName } from '@onpace/core/schemas';
import { acknowledgmentState, acknowledgmentWords, lifecycleWords } from '../../model/ledger-words';

export interface PlanRecordProps {
  readonly plan: Plan;
  readonly ledger: LedgerState;
  /** The end of the as-of day (epoch ms): receipts, check-ins and disputes written later are left out. */
  readonly until: number;
  readonly locale: string | undefined;
}

function personName(plan: Plan, id: string): string {
  if (id === plan.rep.id) return plan.rep.name;
  if (id === plan.manager?.id) return plan.manager.name;
  return id;
}

function metricLabel(metric: string): string {
  const name = metricName(metric);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The shared record's state: lifecycle, revisions and who acknowledged them, check-ins, disputes. */
export function PlanRecord({ plan, ledger, until, locale }: PlanRecordProps) {
  const at = (instant: string) => formatInstant(instant, plan.timeZone, locale);
  const known = (instant: string | null): instant is string =>
    instant !== null && Date.parse(instant) <= until;
  const acknowledgments = ledger.acknowledgments.filter((ack) => known(ack.at));
  const checkIns = ledger.checkIns.filter((checkIn) => known(checkIn.heldAt));
  const disputes = ledger.disputes.filter((dispute) => known(dispute.openedAt));
  const latest = ledger.revisions.at(-1);
  const previous = ledger.revisions.at(-2);
  const changes = latest && previous ? diffRevisions(previous.plan, latest.plan) : [];
  return (
    <section className="panel plan-record" aria-labelledby="record-heading" data-onpace="plan-record">
      <h3 id="record-heading">The plan's record</h3>
      <dl className="report-facts">
        <div>
          <dt>State</dt>
          <dd
            data-onpace="lifecycle"
            data-lifecycle={ledger.lifecycle}
            data-outcome={ledger.outcome ?? undefined}
          >
            {lifecycleWords(ledger.lifecycle, ledger.outcome)}
            {ledger.summary ? ` — ${ledger.summary}` : ''}
          </dd>
        </div>
        <div>
          <dt>Revision</dt>
          <dd data-onpace="revision" data-revision={ledger.revision}>
            {ledger.revision}
            {latest ? `, issued ${at(latest.at)}` : ''}
          </dd>
        </div>
        <div>
          <dt>Acknowledgment</dt>
          <dd
            data-onpace="acknowledgment"
            data-acknowledged={acknowledgmentState(ledger.acknowledgedRevision, ledger.acknowledgedCurrent)}
          >
            {acknowledgmentWords(ledger.acknowledgedRevision, ledger.revision)} (a receipt, not an agreement)
          </dd>
        </div>
      </dl>
      {changes.length > 0 ? (
        <div data-onpace="revision-changes">
          <h4>What changed in revision {ledger.revision}</h4>
          <ul>
            {changes.map((change) => (
              <li key={change.field}>{change.text}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <h4>Acknowledgments</h4>
      {acknowledgments.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul data-onpace="acknowledgments">
          {acknowledgments.map((ack) => (
            <li key={`${ack.hash}-${ack.at}`} data-revision={ack.revision}>
              {personName(plan, ack.by)} acknowledged revision {ack.revision} on {at(ack.at)}
              {ack.comment ? `: “${ack.comment}”` : ''}
            </li>
          ))}
        </ul>
      )}

      <h4>Check-ins</h4>
      {checkIns.length === 0 ? (
        <p>No check-in held yet.</p>
      ) : (
        <ul className="record-check-ins" data-onpace="check-ins">
          {checkIns.map((checkIn) => (
            <li key={checkIn.id} data-check-in-id={checkIn.id} data-answered={known(checkIn.answeredAt)}>
              <strong>{formatDate(checkIn.date, locale)}</strong>: {checkIn.question}
              <br />
              {checkIn.answer === null || !known(checkIn.answeredAt) ? (
                <em>Not answered yet.</em>
              ) : (
                <>
                  Answer ({at(checkIn.answeredAt)}): {checkIn.answer}
                </>
              )}
              {checkIn.actions.length > 0 ? (
                <ul className="action-items">
                  {checkIn.actions.map((action) => (
                    <li key={action.id} data-action-id={action.id} data-done={action.done}>
                      {action.done ? '☑' : '☐'} {action.text}
                      {action.due ? `, due ${formatShortDate(action.due, locale)}` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <h4>Disputes</h4>
      {disputes.length === 0 ? (
        <p>No dispute.</p>
      ) : (
        <ul data-onpace="disputes">
          {disputes.map((dispute) => (
            <li
              key={dispute.id}
              data-dispute-id={dispute.id}
              data-status={known(dispute.resolvedAt) ? dispute.status : 'open'}
            >
              {metricLabel(dispute.metric)} on {formatDate(dispute.date, locale)}:{' '}
              {dispute.kind === 'missing'
                ? `${dispute.amount ?? 1} missing`
                : `${dispute.activities.length} should not count`}{' '}
              — “{dispute.text}” ({at(dispute.openedAt)}).{' '}
              <strong>
                {known(dispute.resolvedAt)
                  ? `${dispute.status === 'accepted' ? 'Accepted' : 'Rejected'} ${at(dispute.resolvedAt)}`
                  : 'Open'}
              </strong>
              {known(dispute.resolvedAt) && dispute.resolution ? `: “${dispute.resolution}”` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
