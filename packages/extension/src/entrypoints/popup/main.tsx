import '../../pages/pages.css';
import '../../popup/popup.css';
import { renderPage } from '../../pages/render-page';
import { PopupApp } from '../../popup/PopupApp';

renderPage(<PopupApp />);
