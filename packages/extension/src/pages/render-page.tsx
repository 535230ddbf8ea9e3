import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders an extension page (popup, options) into its #root element. */
export function renderPage(page: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('OnPace page: #root element missing from index.html');
  createRoot(container).render(<StrictMode>{page}</StrictMode>);
}
