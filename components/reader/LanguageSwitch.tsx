/**
 * The six UN languages, one click each. Each is a link to the same document in that language at
 * the current page, so it also works as a new tab; a plain click switches in place.
 */
import { t, type MessageKey } from '../extension/i18n';
import { UN_LANGS, type UnLang } from '../../lib/citations/types';
import { isModifiedClick, type ReaderActions } from '../../lib/reader/reader-actions';

export const LANGUAGE_NAMES: Record<UnLang, MessageKey> = {
  ar: 'reader_lang_ar',
  zh: 'reader_lang_zh',
  en: 'reader_lang_en',
  fr: 'reader_lang_fr',
  ru: 'reader_lang_ru',
  es: 'reader_lang_es',
};

export function LanguageSwitch({ current, actions }: { current: UnLang | null; actions: ReaderActions }) {
  return (
    <div class="lang-switch" role="group" aria-label={t('reader_langGroup')}>
      {UN_LANGS.map((lang) => {
        const name = t(LANGUAGE_NAMES[lang]);
        if (lang === current) {
          return (
            <span key={lang} class="lang-current" aria-current="true" lang={lang} title={name}>
              <span aria-hidden="true">{lang.toUpperCase()}</span>
              <span class="visually-hidden">{name}</span>
            </span>
          );
        }
        return (
          <a
            key={lang}
            href={actions.languageHref(lang)}
            hreflang={lang}
            data-lang={lang}
            title={t('reader_langOption', name)}
            // The name starts with the visible code ("EN"), so that speech input users can say what they see.
            aria-label={`${lang.toUpperCase()}: ${t('reader_langOption', name)}`}
            onClick={(event) => {
              if (isModifiedClick(event)) return;
              event.preventDefault();
              actions.switchLanguage(lang);
            }}
          >
            {lang.toUpperCase()}
          </a>
        );
      })}
    </div>
  );
}
