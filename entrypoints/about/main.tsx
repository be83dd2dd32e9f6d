/** Boots the about page: language, title, then the Preact tree. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyInterfaceLanguage, t } from '../../components/extension/i18n';
import { AboutPage } from './about-page';
import '../../components/plain-page.css';

applyInterfaceLanguage(document.documentElement);
document.title = t('aboutPageTitle');

const app = document.getElementById('app');
if (app) render(<AboutPage version={browser.runtime.getManifest().version} />, app);
