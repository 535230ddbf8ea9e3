/**
 * `@onpace/charts`: OnPace's hand-written SVG charts (React, no chart library), shared by the
 * dashboard and the extension's pages so both draw the same figures the same way (docs/ux.md
 * "The dashboard").
 */
export * from './Axes';
export * from './BarsChart';
export * from './ChartFigure';
export * from './ColumnsChart';
export * from './Legend';
export * from './layout';
export * from './NonWorkingDays';
export * from './PaceBandChart';
export * from './Sparkline';
export * from './StackedColumnsChart';
export * from './scale';
