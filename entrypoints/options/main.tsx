/** Boots the settings page: language, title, then the Preact tree. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { OpenInReaderSetting } from '../../components/settings/open-in-reader-setting';
import '../../components/plain-page.css';
import '../../components/settings/settings.css';

function OptionsPage() {
  return (
    <article>
      <h1>{t('settings_pageTitle')}</h1>
      <OpenInReaderSetting />
    </article>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('settings_pageTitle');

const app = document.getElementById('app');
if (app) render(<OptionsPage />, app);
