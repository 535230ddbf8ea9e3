import { useEffect, useState } from 'react';
import type { Failure, FieldProblem } from '../messaging/result';
import type { HubSpotOwnerView, SyncStatusView } from '../messaging/sync-views';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';
import { hubspotEmailItem, hubspotTokenItem } from '../sync/settings';
import { Field } from './Field';
import { checkHubSpotForm, EMAIL_PATH, formProblems } from './hubspot-form';
import { SyncFacts } from './SyncFacts';
import { TokenField } from './TokenField';

function ownerWords(owner: HubSpotOwnerView): string {
  const who = owner.name === null ? owner.email : `${owner.name} (${owner.email})`;
  const archived = owner.archived ? ' — deactivated in HubSpot: past activity still counts' : '';
  return `✓ Connected: HubSpot owner ${owner.id}, ${who}${archived}.`;
}

/**
 * HubSpot: a private-app token and the user's own login email, saved in extension storage (the
 * sync reads them there; decision 003). The token is write-only here: once saved it is never
 * shown again, only "saved", with a way to remove it. "Test connection" looks the owner up the
 * way the sync will and shows who was found or what went wrong, beside the field concerned.
 */
export function HubSpotConnection({
  status,
  onChanged,
}: {
  readonly status: SyncStatusView['hubspot'];
  readonly onChanged: () => void;
}) {
  const [token, setToken] = useState('');
  const [email, setEmail] = useState(status.email ?? '');
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [owner, setOwner] = useState<HubSpotOwnerView | null>(null);
  const [testing, setTesting] = useState(false);

  useEffect(() => setEmail(status.email ?? ''), [status.email]);

  function show(next: {
    problems?: readonly FieldProblem[];
    failure?: Failure;
    message?: string;
    owner?: HubSpotOwnerView;
  }) {
    setProblems(next.problems ?? []);
    setFailure(next.failure ?? null);
    setMessage(next.message ?? null);
    setOwner(next.owner ?? null);
  }

  async function save() {
    const checked = checkHubSpotForm(token, email, status.tokenSet);
    if (!checked.ok) return show({ problems: checked.problems });
    if (checked.token !== null) await hubspotTokenItem.setValue(checked.token);
    if (checked.email === null) await hubspotEmailItem.removeValue();
    else await hubspotEmailItem.setValue(checked.email);
    setToken('');
    show({ message: 'Saved.' });
    onChanged();
  }

  async function removeToken() {
    await hubspotTokenItem.removeValue({ removeMeta: true });
    setToken('');
    show({ message: 'Token removed: OnPace no longer syncs HubSpot.' });
    onChanged();
  }

  async function test() {
    setTesting(true);
    // What is typed is tested (saved or not); a blank token field tests the saved token.
    const response = await request({
      type: 'connections/test-hubspot',
      ...(token.trim() === '' ? {} : { token }),
      ...(email.trim() === '' ? {} : { email }),
    });
    setTesting(false);
    if (response.ok) return show({ owner: response.owner });
    const beside = formProblems(response.problems);
    // A fault tied to a field shows beside it; one about the connection shows under the buttons.
    show(beside.length > 0 ? { problems: beside } : { failure: response });
  }

  return (
    <div className="connection stack" data-connection="hubspot">
      <h3>HubSpot</h3>
      {/* noValidate: the sync's own checks speak beside each field, not the browser's bubble. */}
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TokenField
          value={token}
          saved={status.tokenSet}
          problems={problems}
          onChange={setToken}
          onRemove={() => void removeToken()}
        />
        <Field
          label="Your HubSpot login email"
          paths={[EMAIL_PATH]}
          problems={problems}
          hint="Finds your own HubSpot owner, whose calls, emails, meetings and deals count for your plan."
        >
          {(control) => (
            <input
              id={control.id}
              type="email"
              autoComplete="email"
              value={email}
              aria-invalid={control.invalid}
              aria-describedby={control.describedBy}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <div className="row">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" disabled={testing} onClick={() => void test()}>
            {testing ? 'Testing…' : 'Test connection'}
          </button>
        </div>
      </form>
      {owner === null ? null : (
        <p className="notice connected" role="status" data-owner-id={owner.id}>
          {ownerWords(owner)}
        </p>
      )}
      <Notice message={message} failure={failure} />
      <SyncFacts status={status} />
    </div>
  );
}
