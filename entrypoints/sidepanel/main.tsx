/**
 * The browser's side panel (Chrome) / sidebar (Firefox): the citation panel of the active tab's
 * reader. Everything but this boot lives in entrypoints/sidepanel/side-panel.tsx.
 */
import { browser } from 'wxt/browser';
import { applyInterfaceLanguage, t } from '../../components/extension/i18n';
import { getSharedMetadataClient } from '../../components/extension/metadata-client';
import { startSidePanel } from './side-panel';
import { isUnLang } from '../../lib/reader/reader-address';
import '../../components/palette.css';
import './style.css';

const uiLang = browser.i18n.getUILanguage();
const uiPrefix = uiLang.split('-')[0] ?? 'en';
applyInterfaceLanguage(document.documentElement);
document.title = t('panel_sidePanelTitle');
const heading = document.getElementById('side-panel-title');
if (heading !== null) heading.textContent = t('panel_sidePanelTitle');

const root = document.getElementById('side-panel');
const tabParam = new URLSearchParams(location.search).get('tabId');
const fixedTabId = tabParam !== null && /^[0-9]{1,10}$/.test(tabParam) ? Number(tabParam) : null;

if (root !== null) {
  const client = getSharedMetadataClient();
  const stop = startSidePanel({ win: window, root, metadata: client, fallbackLang: isUnLang(uiPrefix) ? uiPrefix : 'en', fixedTabId });
  window.addEventListener(
    'pagehide',
    () => {
      stop();
      client.destroy();
    },
    { once: true },
  );
}
