/**
 * Every keyboard shortcut Resolute has, in one place (linked from the popup and the reader). The
 * keys are written as keyboards print them, left to right in every language; what they do is
 * translated. A shortcut added to the code is added here too.
 */
import { t, type MessageKey } from '../../components/extension/i18n';

/** One row: the key combinations (alternatives), and what they do. */
interface Shortcut {
  keys: string[][];
  action: MessageKey;
}

const SECTIONS: ReadonlyArray<{ heading: MessageKey; shortcuts: Shortcut[] }> = [
  {
    heading: 'help_sectionCitations',
    shortcuts: [
      { keys: [['Tab'], ['Shift', 'Tab']], action: 'help_tab' },
      { keys: [['Alt', '↓']], action: 'help_altDown' },
      { keys: [['Enter']], action: 'help_enter' },
      { keys: [['Esc']], action: 'help_escape' },
    ],
  },
  {
    heading: 'help_sectionReader',
    shortcuts: [
      { keys: [['Tab'], ['Enter']], action: 'help_skip' },
      {
        keys: [
          ['Alt', '←'],
          ['Alt', '→'],
        ],
        action: 'help_history',
      },
      { keys: [['Alt', 'Shift', 'C']], action: 'help_panel' },
      { keys: [['←'], ['→']], action: 'help_tabsArrows' },
      { keys: [['←'], ['→'], ['Home'], ['End']], action: 'help_toolbarArrows' },
      { keys: [['↓'], ['↑'], ['Home'], ['End'], ['Esc']], action: 'help_menuArrows' },
    ],
  },
  {
    heading: 'help_sectionNotes',
    shortcuts: [
      { keys: [['Alt', 'Shift', 'H']], action: 'help_highlight' },
      { keys: [['Enter'], ['Space']], action: 'help_paragraph' },
      { keys: [['Enter']], action: 'help_openNote' },
      { keys: [['Ctrl', 'S']], action: 'help_save' },
    ],
  },
];

function Keys({ keys }: { keys: string[][] }) {
  return (
    <>
      {keys.map((combination, index) => (
        <span key={combination.join('+')}>
          {index > 0 && ` ${t('help_or')} `}
          {/* A key combination reads left to right on every keyboard, Arabic ones included. */}
          <kbd dir="ltr">
            {combination.map((key, at) => (
              <span key={key}>
                {at > 0 && '+'}
                <kbd>{key}</kbd>
              </span>
            ))}
          </kbd>
        </span>
      ))}
    </>
  );
}

export function HelpPage() {
  return (
    <article>
      <h1>{t('help_pageTitle')}</h1>
      <p>{t('help_intro')}</p>
      {SECTIONS.map((section) => (
        <section key={section.heading} aria-labelledby={`help-${section.heading}`}>
          <h2 id={`help-${section.heading}`}>{t(section.heading)}</h2>
          <table class="shortcuts" data-testid="shortcuts">
            <thead>
              <tr>
                <th scope="col">{t('help_keysColumn')}</th>
                <th scope="col">{t('help_actionColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {section.shortcuts.map((shortcut) => (
                <tr key={shortcut.action} data-action={shortcut.action}>
                  <td>
                    <Keys keys={shortcut.keys} />
                  </td>
                  <td>{t(shortcut.action)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}
