import type { BrokenLedger } from '../../data/dataset';

/** Plans whose record folds to no plan (two first revisions, say): listed, never silently left out. */
export function BrokenLedgers({ broken }: { readonly broken: readonly BrokenLedger[] }) {
  if (broken.length === 0) return null;
  return (
    <div className="ledger-warning" role="alert" data-onpace="broken-ledgers">
      <p>
        ⚠ {broken.length === 1 ? 'One plan' : `${broken.length} plans`} cannot be shown: the record does not
        give a plan that both sides can trust.
      </p>
      <ul>
        {broken.map((ledger) => (
          <li key={ledger.planId} data-plan-id={ledger.planId}>
            {ledger.planId}: {ledger.problems.join('; ') || 'no revision was issued'}
          </li>
        ))}
      </ul>
    </div>
  );
}
