/** The reader header's button showing and hiding the citation panel (also Alt+Shift+C). */
import { useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../extension/i18n';
import type { PanelVisibility } from '../../lib/panel/panel-visibility';

export const PANEL_REGION_ID = 'citations-panel-region';
export const PANEL_SHORTCUT = 'Alt+Shift+C';

export function PanelToggle({ visibility }: { visibility: PanelVisibility }) {
  const [open, setOpen] = useState(visibility.isOpen());
  useLayoutEffect(() => {
    setOpen(visibility.isOpen());
    return visibility.subscribe((next) => setOpen(next));
  }, [visibility]);
  return (
    <button
      type="button"
      class="panel-toggle"
      aria-expanded={open}
      aria-controls={PANEL_REGION_ID}
      aria-keyshortcuts={PANEL_SHORTCUT}
      title={t('panel_toggleHint')}
      data-testid="panel-toggle"
      onClick={() => visibility.toggle(true)}
    >
      {t('panel_toggle')}
    </button>
  );
}
