/**
 * The toolbar popup: the one setting people reach for while reading (turn the reader off to get
 * the browser's viewer, or back on), and the way to the about page.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { OpenInReaderSetting } from '../../components/settings/open-in-reader-setting';
import '../../components/settings/settings.css';
import './style.css';

function Popup() {
  return (
    <article>
      <h1>{t('extName')}</h1>
      <OpenInReaderSetting />
      <p>
        <a href={browser.runtime.getURL('/about.html')} target="_blank" rel="noreferrer">
          {t('popup_aboutLink')}
        </a>
      </p>
    </article>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');

const app = document.getElementById('app');
if (app) render(<Popup />, app);
