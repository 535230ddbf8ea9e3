import { renderPage } from '../../pages/render-page';
import { App } from './App';

renderPage(<App />);
