/**
 * The switch "Open UN documents in Resolute's reader", shared by the options page and the toolbar
 * popup. A native checkbox with a label: keyboard-usable (Tab, Space) and named for screen readers,
 * with the explanation tied to it by aria-describedby.
 */
import { t } from '../extension/i18n';
import { SettingCheckbox } from './SettingCheckbox';
import { useSettings } from './use-settings';

export function OpenInReaderSetting() {
  const { settings, saveError, save } = useSettings();
  return (
    <SettingCheckbox
      testId="open-in-reader"
      label={t('settings_openInReader')}
      help={t('settings_openInReaderHelp')}
      checked={settings?.openInReader ?? null}
      onChange={(on) => save({ openInReader: on })}
      saveError={saveError}
    />
  );
}
