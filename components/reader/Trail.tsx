/**
 * The trail: `A/RES/76/186 › A/RES/64/293 › …`, the documents read in this tab. Each step but
 * the current one is a link to its reader address; a plain click goes there through the
 * browser's history (so Back and Forward stay in step), a modified click opens a new tab.
 */
import { t } from '../extension/i18n';
import type { Trail as TrailModel } from '../../lib/reader/trail';
import { isModifiedClick, type ReaderActions } from '../../lib/reader/reader-actions';

export function Trail({ trail, actions }: { trail: TrailModel | null; actions: ReaderActions }) {
  if (trail === null || trail.steps.length < 2) return null;
  return (
    <nav class="trail" aria-label={t('reader_trailLabel')}>
      <ol>
        {trail.steps.map((step, index) => {
          const name = step.symbol ?? t('reader_trailUnknown');
          const lang = step.lang === null ? '' : ` ${step.lang.toUpperCase()}`;
          return (
            <li key={`${index}:${step.address}`} class={index > trail.current ? 'trail-ahead' : undefined}>
              {index === trail.current ? (
                <span class="trail-current" aria-current="page">
                  <bdi>{name}</bdi>
                  <span class="trail-lang">{lang}</span>
                </span>
              ) : (
                <a
                  href={step.address}
                  onClick={(event) => {
                    if (isModifiedClick(event)) return;
                    event.preventDefault();
                    actions.goToStep(index);
                  }}
                >
                  <bdi>{name}</bdi>
                  <span class="trail-lang">{lang}</span>
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
