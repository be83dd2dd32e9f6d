/**
 * A comparison in the reader: the newer text with deleted and inserted words marked in the flow,
 * a margin list of what changed (new, changed, dropped, moved) to jump through, with N and P for
 * the next and previous change; a paragraph's name shows its older wording beside it. Export as
 * HTML or Markdown, print, close.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  comparisonToHtml,
  comparisonToMarkdown,
  paragraphName,
  type CarriedNote,
  type DiffSegment,
  type ExportLabels,
  type ParagraphPair,
} from '../../lib/compare';
import { t } from '../extension/i18n';
import type { CompareController, CompareState } from '../../lib/compare/compare-controller';
import { downloadText, symbolForFileName } from './download';
import { summaryText } from './summary-text';

type Shown = Extract<CompareState, { phase: 'shown' }>;

export function ComparisonView({
  state,
  controller,
  locale,
  win,
}: {
  state: Shown;
  controller: CompareController;
  locale: string;
  win: Window;
}) {
  const { comparison } = state;
  const [openOld, setOpenOld] = useState<ReadonlySet<number>>(new Set());
  const [current, setCurrent] = useState(-1);
  const root = useRef<HTMLElement>(null);
  const changes = comparison.pairs.flatMap((pair, index) => (pair.status !== 'unchanged' || pair.moved ? [index] : []));
  const summary = summaryText(comparison.counts, locale);
  const title = t('compare_title', [state.older, state.newer]);

  useEffect(() => root.current?.focus(), []);
  const jump = (index: number) => {
    setCurrent(index);
    const target = root.current?.querySelector<HTMLElement>(`[data-pair="${index}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };
  const step = (direction: 1 | -1) => {
    const at = changes.findIndex((index) => (direction === 1 ? index > current : index >= current));
    const next =
      direction === 1 ? changes[at === -1 ? changes.length - 1 : at] : (changes[(at === -1 ? changes.length : at) - 1] ?? changes[0]);
    if (next !== undefined) jump(next);
  };
  const labels = (): ExportLabels => ({
    title,
    summary,
    status: {
      unchanged: t('compare_statusUnchanged'),
      changed: t('compare_statusChanged'),
      new: t('compare_statusNew'),
      dropped: t('compare_statusDropped'),
      moved: t('compare_statusMoved'),
    },
    was: t('compare_was', '$1'),
    lang: state.lang,
    dir: state.lang === 'ar' ? 'rtl' : 'ltr',
  });
  const fileName = `${symbolForFileName(state.older)}--${symbolForFileName(state.newer)}`;

  return (
    <section
      ref={root}
      class="compare-view"
      tabIndex={-1}
      aria-label={title}
      data-testid="compare-view"
      onKeyDown={(event) => {
        if (event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey || event.altKey) return;
        if (event.key === 'n' || event.key === 'N') step(1);
        else if (event.key === 'p' || event.key === 'P') step(-1);
        else if (event.key === 'Escape') controller.close();
        else return;
        event.preventDefault();
      }}
    >
      <div class="compare-bar">
        <h2>{title}</h2>
        <p class="compare-summary" data-testid="compare-summary">
          {summary}
        </p>
        <div class="compare-actions">
          <button
            type="button"
            data-testid="compare-export-html"
            onClick={() => downloadText(win, `${fileName}.html`, comparisonToHtml(comparison, labels()), 'text/html')}
          >
            {t('compare_exportHtml')}
          </button>
          <button
            type="button"
            data-testid="compare-export-md"
            onClick={() => downloadText(win, `${fileName}.md`, comparisonToMarkdown(comparison, labels()), 'text/markdown')}
          >
            {t('compare_exportMarkdown')}
          </button>
          <button type="button" onClick={() => win.print()}>
            {t('compare_print')}
          </button>
          <button type="button" data-testid="compare-close" onClick={() => controller.close()}>
            {t('compare_close')}
          </button>
        </div>
      </div>
      <nav class="compare-changes" aria-label={t('compare_changesLabel')}>
        <p class="compare-keys">{t('compare_keysHint')}</p>
        <ol>
          {changes.map((index) => {
            const pair = comparison.pairs[index]!;
            return (
              <li key={index}>
                <button
                  type="button"
                  data-testid="compare-change"
                  aria-current={index === current ? 'true' : undefined}
                  onClick={() => jump(index)}
                >
                  {paragraphName((pair.new ?? pair.old)!.id)} {statusWord(pair)}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <article class="compare-text" lang={state.lang} dir={state.lang === 'ar' ? 'rtl' : 'ltr'}>
        {comparison.pairs.map((pair, index) => (
          <PairView
            key={index}
            pair={pair}
            index={index}
            current={index === current}
            showOld={openOld.has(index)}
            notes={state.carried.get(index)}
            older={state.older}
            onToggleOld={() => {
              const next = new Set(openOld);
              if (!next.delete(index)) next.add(index);
              setOpenOld(next);
            }}
          />
        ))}
      </article>
    </section>
  );
}

function statusWord(pair: ParagraphPair): string {
  const word = {
    unchanged: t('compare_statusUnchanged'),
    changed: t('compare_statusChanged'),
    new: t('compare_statusNew'),
    dropped: t('compare_statusDropped'),
  }[pair.status];
  return pair.moved ? `${word}, ${t('compare_statusMoved')}` : word;
}

interface PairProps {
  pair: ParagraphPair;
  index: number;
  current: boolean;
  showOld: boolean;
  onToggleOld: () => void;
  /** The reader's notes on the older paragraph. */
  notes: CarriedNote[] | undefined;
  older: string;
}

function PairView({ pair, index, current, showOld, onToggleOld, notes, older }: PairProps) {
  const name = paragraphName((pair.new ?? pair.old)!.id);
  const renumbered = pair.old !== undefined && pair.new !== undefined && pair.old.id !== pair.new.id;
  return (
    <div
      class={`compare-pair compare-${pair.status}${pair.moved ? ' compare-moved' : ''}${current ? ' compare-current' : ''}`}
      data-pair={index}
      data-status={pair.status}
      tabIndex={-1}
    >
      <button
        type="button"
        class="compare-name"
        aria-expanded={pair.old !== undefined && pair.new !== undefined ? showOld : undefined}
        disabled={pair.old === undefined || pair.new === undefined}
        title={t('compare_showOld')}
        onClick={onToggleOld}
      >
        {name}
      </button>
      <span class="compare-status">
        {statusWord(pair)}
        {renumbered ? ` · ${t('compare_was', paragraphName(pair.old!.id))}` : ''}
      </span>
      <p class="compare-words">
        {pair.status === 'changed' && pair.diff!.map((segment, i) => <Segment key={i} segment={segment} />)}
        {pair.status === 'new' && <ins>{pair.new!.text}</ins>}
        {pair.status === 'dropped' && <del>{pair.old!.text}</del>}
        {pair.status === 'unchanged' && pair.new!.text}
      </p>
      {showOld && pair.old !== undefined && (
        <aside class="compare-old" data-testid="compare-old">
          <h3>{t('compare_oldWording', paragraphName(pair.old.id))}</h3>
          <p>{pair.old.text}</p>
        </aside>
      )}
      {notes?.map((note) => (
        <aside key={note.id} class="compare-carried" data-testid="compare-carried-note">
          <h3>{t('compare_yourNote', [older, paragraphName(note.clause)])}</h3>
          {note.quote !== undefined && <blockquote>{note.quote}</blockquote>}
          {note.text !== '' && <p>{note.text}</p>}
        </aside>
      ))}
    </div>
  );
}

function Segment({ segment }: { segment: DiffSegment }) {
  if (segment.kind === 'ins')
    return (
      <>
        <ins>{segment.text}</ins>{' '}
      </>
    );
  if (segment.kind === 'del')
    return (
      <>
        <del>{segment.text}</del>{' '}
      </>
    );
  return <>{segment.text} </>;
}
