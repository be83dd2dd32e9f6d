/**
 * One on/off setting as the popup and the options page show it: a labelled checkbox, its help
 * text (the checkbox's description for screen readers), an optional notice, and the "could not
 * save" alert. Disabled until the stored value is known: before that a click could only guess.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../extension/i18n';

export interface SettingNotice {
  text: string;
  /** An alert (something failed) rather than a status line. */
  alert: boolean;
}

export interface SettingCheckboxProps {
  testId: string;
  label: string;
  help: ComponentChildren;
  /** Null while the stored value is not known yet. */
  checked: boolean | null;
  onChange: (checked: boolean) => void;
  notice?: SettingNotice | null;
  /** Why the last save failed, or null. */
  saveError: string | null;
}

export function SettingCheckbox({ testId, label, help, checked, onChange, notice, saveError }: SettingCheckboxProps) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div class="setting">
      <div class="setting-row">
        <input
          type="checkbox"
          id={id}
          data-testid={testId}
          checked={checked ?? false}
          disabled={checked === null}
          aria-describedby={helpId}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </div>
      <p id={helpId} class="setting-help">
        {help}
      </p>
      {notice && (
        <p role={notice.alert ? 'alert' : 'status'} class={notice.alert ? 'setting-error' : 'setting-help'}>
          {notice.text}
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
