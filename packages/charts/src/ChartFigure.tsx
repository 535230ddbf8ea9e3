import { type ReactNode, useId } from 'react';

/** The accessible name of a chart's SVG: an id for aria-labelledby and the sentence itself. */
export interface ChartLabel {
  readonly id: string;
  readonly text: string;
}

export interface ChartFigureProps {
  readonly title: string;
  /** One sentence with the chart's main figures: the SVG's accessible name. */
  readonly summary: string;
  /** The chart's figures as a table: the text alternative, readable with a screen reader and in print. */
  readonly table: ReactNode;
  /** Draws the chart; its SVG starts with `<title id={label.id}>{label.text}</title>` (its accessible name). */
  readonly children: (label: ChartLabel) => ReactNode;
  readonly className?: string;
  /** Shows the figures table open (the evidence report prints it). */
  readonly tableOpen?: boolean;
}

/**
 * Every chart sits in a figure: a caption, the SVG (role="img", named by the summary in its <title>) and its
 * figures in a table under a disclosure, so nothing is shown by colour or shape alone.
 */
export function ChartFigure({ title, summary, table, children, className, tableOpen }: ChartFigureProps) {
  const labelId = useId();
  return (
    <figure className={`chart ${className ?? ''}`}>
      <figcaption>{title}</figcaption>
      {children({ id: labelId, text: summary })}
      <details className="chart-figures" open={tableOpen}>
        <summary>Figures</summary>
        {table}
      </details>
    </figure>
  );
}
