/**
 * The switch "Open UN documents in Resolute's reader", shared by the options page and the toolbar
 * popup. A native checkbox with a label: keyboard-usable (Tab, Space) and named for screen readers,
 * with the explanation tied to it by aria-describedby.
 */
import { useId } from 'preact/hooks';
import { t } from '../i18n';
import { useSettings } from './use-settings';

export function OpenInReaderSetting() {
  const { settings, saveError, save } = useSettings();
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div class="setting">
      <div class="setting-row">
        <input
          type="checkbox"
          id={id}
          data-testid="open-in-reader"
          checked={settings?.openInReader ?? false}
          // Until the stored value is known, a click could only be a guess.
          disabled={settings === null}
          aria-describedby={helpId}
          onChange={(event) => save({ openInReader: event.currentTarget.checked })}
        />
        <label for={id}>{t('settings_openInReader')}</label>
      </div>
      <p id={helpId} class="setting-help">
        {t('settings_openInReaderHelp')}
      </p>
      {saveError !== null && (
        <p role="alert" class="setting-error">
          {t('settings_saveFailed', saveError)}
        </p>
      )}
    </div>
  );
}
