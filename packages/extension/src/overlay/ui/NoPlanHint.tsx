/**
 * Without a plan: one quiet line pointing to the options page, where plans are set up. A button,
 * not a link: Chrome blocks a CRM page from opening chrome-extension:// pages, so the
 * background opens it.
 */
export function NoPlanHint({
  style,
  onOpenOptions,
}: {
  readonly style: { readonly right: number; readonly bottom: number };
  readonly onOpenOptions: () => void;
}) {
  return (
    <p className="hint" data-testid="onpace-no-plan" style={{ right: style.right, bottom: style.bottom }}>
      No OnPace plan yet.{' '}
      <button type="button" className="link-button" onClick={onOpenOptions}>
        Set one up
      </button>
    </p>
  );
}
