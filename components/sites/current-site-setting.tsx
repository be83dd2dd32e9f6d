/**
 * The popup's switch "Resolute on <site>" for the current tab: on or off as the defaults or the
 * reader's choice say, with why in a line below. Switching a non-UN site on asks the browser for
 * that one site; a refusal is said plainly and changes nothing.
 */
import { useState } from 'preact/hooks';
import { isDefaultSite } from '../../lib/sites/default-sites';
import { originPatternFor } from '../../lib/sites/permission-origins';
import { choiceToReach, siteOf, siteState, withChoice } from '../../lib/sites/site-choices';
import { t, type MessageKey } from '../extension/i18n';
import { SettingCheckbox, type SettingNotice } from '../settings/SettingCheckbox';
import { useSettings } from '../settings/use-settings';
import type { CurrentTab } from '../extension/current-tab';
import { startOnTab } from '../extension/run-on-tab';
import { requestOrigins } from '../extension/site-permissions';

const SOURCE_HELP: Record<ReturnType<typeof siteState>['source'], MessageKey> = {
  default: 'site_sourceDefault',
  choice: 'site_sourceChoice',
  'all-sites': 'site_sourceAllSites',
  off: 'site_sourceOff',
};

export function CurrentSiteSetting({ tab }: { tab: CurrentTab }) {
  const { settings, saveError, save } = useSettings();
  const [notice, setNotice] = useState<SettingNotice | null>(null);
  const site = tab.url !== undefined ? siteOf(tab.url) : null;
  if (site === null) return <p class="setting-help site-unavailable">{t('site_unavailable')}</p>;

  const state = settings ? siteState(settings, site) : null;

  const onToggle = (on: boolean) => {
    if (!settings) return;
    setNotice(null);
    const choice = choiceToReach(settings, site, on);
    const saveChoice = () => save({ siteChoices: withChoice(settings.siteChoices, site, choice) });
    const start = () =>
      void startOnTab(tab).then(({ reloadNeeded }) => reloadNeeded && setNotice({ text: t('site_reloadNeeded'), alert: false }));
    if (!on) {
      saveChoice();
      return;
    }
    // Only a non-UN site switched on by its own choice needs a grant of its own.
    if (choice !== true || isDefaultSite(site)) {
      saveChoice();
      start();
      return;
    }
    void requestOrigins([originPatternFor(site)]).then((answer) => {
      if (answer.kind === 'already') {
        saveChoice();
        start();
      } else if (answer.kind === 'granted') {
        // The background switches the site on and starts Resolute in the tab (permissions.onAdded);
        // saving here too only shows it sooner.
        saveChoice();
      } else if (answer.kind === 'refused') {
        setNotice({ text: t('site_refusedSite', site), alert: true });
      } else {
        setNotice({ text: t('site_permissionFailed', answer.error), alert: true });
      }
    });
  };

  return (
    <SettingCheckbox
      testId="site-enabled"
      label={t('site_onSite', site)}
      help={state ? t(SOURCE_HELP[state.source]) : ''}
      checked={state?.on ?? null}
      onChange={onToggle}
      notice={notice}
      saveError={saveError}
    />
  );
}
