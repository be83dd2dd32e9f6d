/** Boots the settings page: language, title, then the Preact tree. */
import { render } from 'preact';
import { applyInterfaceLanguage, t } from '../../components/extension/i18n';
import { OpenInReaderSetting } from '../../components/settings/open-in-reader-setting';
import { AllSitesSetting } from '../../components/sites/all-sites-setting';
import { SiteChoicesList } from '../../components/sites/site-choices-list';
import '../../components/plain-page.css';
import '../../components/settings/settings.css';

function OptionsPage() {
  return (
    <article>
      <h1>{t('settings_pageTitle')}</h1>
      <OpenInReaderSetting />
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('site_heading')}</h2>
        <p>{t('site_intro')}</p>
        <AllSitesSetting />
        <SiteChoicesList />
      </section>
    </article>
  );
}

applyInterfaceLanguage(document.documentElement);
document.title = t('settings_pageTitle');

const app = document.getElementById('app');
if (app) render(<OptionsPage />, app);
