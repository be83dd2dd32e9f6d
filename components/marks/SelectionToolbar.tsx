/**
 * The small toolbar beside a selection (the reader's pages, a web page): one button per highlight colour and
 * "Add note". Buttons keep the selection (no focus change on mouse down); the keyboard reaches
 * them with Tab and moves along them with the arrow keys (in the row's direction: mirrored in
 * Arabic), and Alt+Shift+H does the default colour without it.
 */
import { toolbarKeyTarget } from '../../lib/keyboard/roving-keys';
import { NOTE_COLOURS, type NoteColour } from '../../lib/notes/types';
import { COLOUR_KEYS } from '../notes/NoteEditor';
import { t } from '../extension/i18n';

export interface SelectionToolbarProps {
  onHighlight: (colour: NoteColour) => void;
  onAddNote: () => void;
}

export const HIGHLIGHT_SHORTCUT = 'Alt+Shift+H';

export function SelectionToolbar({ onHighlight, onAddNote }: SelectionToolbarProps) {
  const keepSelection = (event: MouseEvent) => event.preventDefault();
  const onKeyDown = (event: KeyboardEvent) => {
    const row = event.currentTarget as HTMLElement;
    const buttons = [...row.querySelectorAll<HTMLButtonElement>('button')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const dir = row.ownerDocument.defaultView?.getComputedStyle(row).direction === 'rtl' ? 'rtl' : 'ltr';
    const next = toolbarKeyTarget(event.key, current, buttons.length, dir);
    if (next === null) return;
    event.preventDefault();
    buttons[next]!.focus();
  };
  return (
    <div
      class="mark-toolbar"
      role="toolbar"
      aria-label={t('mark_toolbar')}
      title={t('mark_shortcutHint')}
      data-resolute="mark-toolbar"
      onKeyDown={onKeyDown}
    >
      {NOTE_COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          class={`mark-swatch resolute-mark-${colour}`}
          data-colour={colour}
          aria-label={t('mark_highlightIn', t(COLOUR_KEYS[colour]))}
          title={t('mark_highlightIn', t(COLOUR_KEYS[colour]))}
          {...(colour === NOTE_COLOURS[0] ? { 'aria-keyshortcuts': HIGHLIGHT_SHORTCUT } : {})}
          onMouseDown={keepSelection}
          onClick={(event) => event.isTrusted && onHighlight(colour)}
        />
      ))}
      <button
        type="button"
        class="mark-add-note"
        data-action="add-note"
        onMouseDown={keepSelection}
        onClick={(event) => event.isTrusted && onAddNote()}
      >
        {t('mark_addNote')}
      </button>
    </div>
  );
}
