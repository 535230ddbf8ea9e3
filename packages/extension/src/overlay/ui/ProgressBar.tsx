import { barShares, type CadenceFigures } from './figures';

/** A thin bar: the part done, and a tick where the pace stands now. Figures are in the row's text. */
export function ProgressBar({
  figures,
  color,
}: {
  readonly figures: CadenceFigures;
  readonly color: string;
}) {
  const { done, pace } = barShares(figures);
  return (
    <div className="bar" aria-hidden="true">
      <span className="bar-done" style={{ width: `${done * 100}%`, background: color }} />
      <span className="bar-pace" style={{ left: `${pace * 100}%` }} title="pace" />
    </div>
  );
}
