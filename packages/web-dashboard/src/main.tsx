import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { localCivilDate } from './dates';
import './styles.css';

const rootElement = document.getElementById('root');
if (rootElement === null) {
  throw new Error('OnPace dashboard: the #root element is missing from index.html');
}

createRoot(rootElement).render(
  <StrictMode>
    <App initialAsOf={localCivilDate(new Date())} />
  </StrictMode>,
);
