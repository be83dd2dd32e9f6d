/**
 * The switch "All sites" (popup and options page). On asks the browser for every http(s) site at
 * run time; a refusal is said plainly and leaves it off. Off keeps the grant (switching back on
 * asks nothing) but no page gets the script any more, except sites switched on one by one.
 */
import { useState } from 'preact/hooks';
import { ALL_SITES_ORIGIN } from '../../lib/sites/permission-origins';
import { t } from '../extension/i18n';
import { SettingCheckbox } from '../settings/SettingCheckbox';
import { useSettings } from '../settings/use-settings';
import type { CurrentTab } from '../extension/current-tab';
import { startOnTab } from '../extension/run-on-tab';
import { requestOrigins } from '../extension/site-permissions';

export function AllSitesSetting({ tab }: { tab?: CurrentTab | null }) {
  const { settings, saveError, save } = useSettings();
  const [notice, setNotice] = useState<string | null>(null);

  const onToggle = (on: boolean) => {
    setNotice(null);
    if (!on) {
      save({ allSites: false });
      return;
    }
    void requestOrigins([ALL_SITES_ORIGIN]).then((answer) => {
      if (answer.kind === 'refused') return setNotice(t('site_refusedAll'));
      if (answer.kind === 'failed') return setNotice(t('site_permissionFailed', answer.error));
      save({ allSites: true });
      // Newly granted: the background starts Resolute in the current tab (permissions.onAdded).
      if (answer.kind === 'already' && tab) void startOnTab(tab);
    });
  };

  return (
    <SettingCheckbox
      testId="all-sites"
      label={t('site_allSites')}
      help={t('site_allSitesHelp')}
      checked={settings?.allSites ?? null}
      onChange={onToggle}
      notice={notice === null ? null : { text: notice, alert: true }}
      saveError={saveError}
    />
  );
}
