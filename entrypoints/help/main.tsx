/** Boots the keyboard shortcuts page: language, title, then the Preact tree. */
import { render } from 'preact';
import { applyInterfaceLanguage, t } from '../../components/extension/i18n';
import { HelpPage } from './help-page';
import '../../components/plain-page.css';
import './style.css';

applyInterfaceLanguage(document.documentElement);
document.title = t('help_pageTitle');

const app = document.getElementById('app');
if (app) render(<HelpPage />, app);
