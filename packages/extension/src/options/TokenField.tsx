import type { FieldProblem } from '../messaging/result';
import { Field } from './Field';
import { TOKEN_PATH } from './hubspot-form';

/**
 * The HubSpot token, write-only: a password input that is empty once the token is saved, a
 * "saved" / "not saved" tag, and Remove. The saved token never comes back to this page.
 */
export function TokenField({
  value,
  saved,
  problems,
  onChange,
  onRemove,
}: {
  readonly value: string;
  readonly saved: boolean;
  readonly problems: readonly FieldProblem[];
  readonly onChange: (value: string) => void;
  readonly onRemove: () => void;
}) {
  return (
    <Field
      label="Private-app access token"
      paths={[TOKEN_PATH]}
      problems={problems}
      hint={
        saved
          ? 'OnPace never shows a saved token again.'
          : 'In HubSpot: Settings → Integrations → Private apps, with read access to deals, contacts and owners.'
      }
    >
      {(control) => (
        <div className="row">
          <input
            id={control.id}
            className="grow"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={value}
            placeholder={saved ? 'Paste a new token to replace the saved one' : 'pat-na1-…'}
            aria-invalid={control.invalid}
            aria-describedby={control.describedBy}
            onChange={(event) => onChange(event.target.value)}
          />
          <span className={saved ? 'tag saved' : 'tag'} data-token={saved ? 'saved' : 'not-saved'}>
            {saved ? '✓ saved' : 'not saved'}
          </span>
          {saved ? (
            <button type="button" onClick={onRemove}>
              Remove
            </button>
          ) : null}
        </div>
      )}
    </Field>
  );
}
