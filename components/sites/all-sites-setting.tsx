/**
 * The switch "All sites" (popup and options page). On asks the browser for every http(s) site at
 * run time; a refusal is said plainly and leaves it off. Off keeps the grant (switching back on
 * asks nothing) but no page gets the script any more, except sites switched on one by one.
 */
import { useId, useState } from 'preact/hooks';
import { ALL_SITES_ORIGIN } from '../../lib/sites/permission-origins';
import { t } from '../i18n';
import { useSettings } from '../settings/use-settings';
import type { CurrentTab } from './current-tab';
import { startOnTab } from './run-on-tab';
import { requestOrigins } from './site-permissions';

export function AllSitesSetting({ tab }: { tab?: CurrentTab | null }) {
  const { settings, saveError, save } = useSettings();
  const [notice, setNotice] = useState<string | null>(null);
  const id = useId();
  const helpId = `${id}-help`;

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
    <div class="setting">
      <div class="setting-row">
        <input
          type="checkbox"
          id={id}
          data-testid="all-sites"
          checked={settings?.allSites ?? false}
          disabled={settings === null}
          aria-describedby={helpId}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        <label for={id}>{t('site_allSites')}</label>
      </div>
      <p id={helpId} class="setting-help">
        {t('site_allSitesHelp')}
      </p>
      {notice !== null && (
        <p role="alert" class="setting-error">
          {notice}
        </p>
      )}
      {saveError !== null && (
        <p role="alert" class="setting-error">
          {t('settings_saveFailed', saveError)}
        </p>
      )}
    </div>
  );
}
