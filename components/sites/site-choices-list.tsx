/**
 * The options page's list of per-site choices (departures from the defaults), each with a Reset
 * button that gives the site back to the defaults.
 */
import { t } from '../extension/i18n';
import { withChoice } from '../../lib/sites/site-choices';
import { useSettings } from '../settings/use-settings';

export function SiteChoicesList() {
  const { settings, saveError, save } = useSettings();
  if (settings === null) return null;
  const entries = Object.entries(settings.siteChoices).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="site-choices-heading">
      <h3 id="site-choices-heading">{t('site_choicesHeading')}</h3>
      {entries.length === 0 ? (
        <p class="setting-help">{t('site_noChoices')}</p>
      ) : (
        <ul class="site-choices" data-testid="site-choices">
          {entries.map(([site, on]) => (
            <li key={site}>
              <span>{t(on ? 'site_choiceOn' : 'site_choiceOff', site)}</span>{' '}
              <button
                type="button"
                aria-label={t('site_resetLabel', site)}
                onClick={() => save({ siteChoices: withChoice(settings.siteChoices, site, null) })}
              >
                {t('site_reset')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {saveError !== null && (
        <p role="alert" class="setting-error">
          {t('settings_saveFailed', saveError)}
        </p>
      )}
    </section>
  );
}
