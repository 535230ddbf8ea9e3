import { statusColorVariables } from '@onpace/core/present';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readSourceRequest } from './app/sources';
import { OnPaceDashboardDb } from './data/db';
import { localCivilDate } from './dates';
import './styles.css';
import './print.css';

const rootElement = document.getElementById('root');
if (rootElement === null) {
  throw new Error('OnPace dashboard: the #root element is missing from index.html');
}

// The status colours of the shared kit, as the CSS variables styles.css and print.css use.
document.documentElement.style.cssText += statusColorVariables();

createRoot(rootElement).render(
  <StrictMode>
    <App
      db={new OnPaceDashboardDb()}
      request={readSourceRequest(window.location.search)}
      today={localCivilDate(new Date())}
    />
  </StrictMode>,
);
