/**
 * The toolbar popup: Resolute on the current tab's site (on/off), "All sites", the reader setting
 * people reach for while reading (turn the reader off to get the browser's viewer, or back on),
 * and the way to the about page.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { applyInterfaceLanguage, t } from '../../components/extension/i18n';
import { OpenInReaderSetting } from '../../components/settings/open-in-reader-setting';
import { AllSitesSetting } from '../../components/sites/all-sites-setting';
import { CurrentSiteSetting } from '../../components/sites/current-site-setting';
import { findCurrentTab, type CurrentTab } from '../../components/extension/current-tab';
import '../../components/settings/settings.css';
import './style.css';

/** Resolute's own reader: the site switch means nothing there (it always runs). */
function isReaderTab(tab: CurrentTab): boolean {
  return tab.url?.startsWith(browser.runtime.getURL('/reader.html')) ?? false;
}

function CurrentTabSettings() {
  // undefined: still asking; null: no tab could be read.
  const [tab, setTab] = useState<CurrentTab | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    findCurrentTab(location.search).then(
      (found) => live && setTab(found),
      () => live && setTab(null),
    );
    return () => {
      live = false;
    };
  }, []);
  if (tab === undefined) return null;
  if (tab !== null && isReaderTab(tab)) {
    return (
      <p class="setting-help" data-testid="popup-in-reader">
        {t('popup_inReader')}
      </p>
    );
  }
  return (
    <>
      {tab === null ? <p class="setting-help">{t('site_noTab')}</p> : <CurrentSiteSetting tab={tab} />}
      <AllSitesSetting tab={tab} />
    </>
  );
}

function Popup() {
  return (
    <article>
      <h1>{t('extName')}</h1>
      <CurrentTabSettings />
      <OpenInReaderSetting />
      <p>
        <a href={browser.runtime.getURL('/notes.html')} target="_blank" rel="noreferrer" data-testid="popup-notes-link">
          {t('notes_allNotes')}
        </a>
      </p>
      <p>
        <a href={browser.runtime.getURL('/help.html')} target="_blank" rel="noreferrer" data-testid="popup-help-link">
          {t('popup_helpLink')}
        </a>
      </p>
      <p>
        <a href={browser.runtime.getURL('/about.html')} target="_blank" rel="noreferrer">
          {t('popup_aboutLink')}
        </a>
      </p>
    </article>
  );
}

applyInterfaceLanguage(document.documentElement);
document.title = t('extName');

const app = document.getElementById('app');
if (app) render(<Popup />, app);
