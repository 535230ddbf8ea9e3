import '../../pages/pages.css';
import '../../options/options.css';
import { OptionsApp } from '../../options/OptionsApp';
import { renderPage } from '../../pages/render-page';

renderPage(<OptionsApp />);
