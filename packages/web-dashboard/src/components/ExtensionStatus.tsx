export type ExtensionState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'not-connected' }
  | { readonly kind: 'not-approved'; readonly origin: string }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'pulled'; readonly text: string };

export interface ExtensionStatusProps {
  readonly state: ExtensionState;
  readonly onPull: () => void;
}

const TEXT: Record<ExtensionState['kind'], string> = {
  checking: 'Looking for the OnPace extension…',
  'not-connected': 'Extension not connected',
  'not-approved': 'Waiting for your approval in the extension',
  failed: 'The extension could not send its data',
  pulled: 'Pulled from the extension',
};

/** Quiet by design: an absent extension is a normal state, shown in grey, not an error. */
export function ExtensionStatus({ state, onPull }: ExtensionStatusProps) {
  const detail =
    state.kind === 'failed'
      ? state.message
      : state.kind === 'pulled'
        ? state.text
        : state.kind === 'not-approved'
          ? `open the OnPace options page, Dashboard access, and approve ${state.origin}; this page asks again when you come back`
          : null;
  return (
    <div className="field extension-field" data-onpace="extension-status" data-state={state.kind}>
      <span className="label">Extension</span>
      <span className="extension-line">
        <span className={`dot dot-${state.kind}`} aria-hidden="true" />
        {TEXT[state.kind]}
        {detail ? `: ${detail}` : ''}
      </span>
      <button type="button" className="link-button" onClick={onPull} disabled={state.kind === 'checking'}>
        Pull again
      </button>
    </div>
  );
}
