import { browser } from 'wxt/browser';

/** Without a plan: one quiet line pointing to the options page, where plans are set up. */
export function NoPlanHint({
  style,
}: {
  readonly style: { readonly right: number; readonly bottom: number };
}) {
  return (
    <p className="hint" data-testid="onpace-no-plan" style={{ right: style.right, bottom: style.bottom }}>
      No OnPace plan yet.{' '}
      <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
        Set one up
      </a>
    </p>
  );
}
