/** The collapsed overlay: a quiet badge. The real figures and panel come later. */
export function Badge() {
  return (
    <button type="button" className="onpace-badge" data-testid="onpace-badge" title="OnPace: no plan yet">
      OnPace
    </button>
  );
}
