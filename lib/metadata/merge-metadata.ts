/**
 * One answer from several sources' answers, field by field, each field from the source that knows
 * it best:
 *
 * - title: the Library's title in the reader's language, else the document's own (it was read in
 *   the reader's language), else the catalogue's English title, else the Library's English one;
 * - date: the catalogue's (the date of the vote), else the document's adoption date, else the
 *   Library's (its action date, or failing that its publication date);
 * - vote: the Library's (counts, or "without a vote"), else the catalogue's counts;
 * - agenda: the Library's, else the catalogue's; related documents, files, languages: the Library;
 * - operative paragraphs: the document.
 */
import { bodyOfSymbol } from '../citations/symbols';
import type { UnLang } from '../citations/types';
import type { AskedSource, DocumentMetadata, MetadataSource } from './types';

export type SourceAnswers = Partial<Record<AskedSource, DocumentMetadata>>;

const ORDER: readonly AskedSource[] = ['catalogue', 'library', 'document'];

export function mergeMetadata(symbol: string, answers: SourceAnswers, lang: UnLang, latest: MetadataSource): DocumentMetadata | undefined {
  const { catalogue, library, document } = answers;
  const present = ORDER.filter((source) => answers[source] !== undefined);
  if (present.length === 0) return undefined;

  const merged: DocumentMetadata = {
    symbol,
    body: bodyOfSymbol(symbol),
    source: latest,
    sources: present,
    fetchedAt: Math.max(...present.map((source) => answers[source]?.fetchedAt ?? 0)),
  };

  const title =
    library?.titles?.[lang] ?? document?.titles?.[lang] ?? catalogue?.titles?.[lang] ?? catalogue?.title ?? library?.title ?? document?.title;
  if (title !== undefined) merged.title = title;
  const titles = { ...catalogue?.titles, ...document?.titles, ...library?.titles };
  if (Object.keys(titles).length > 0) merged.titles = titles;

  const date = catalogue?.date ?? document?.date ?? library?.date;
  if (date !== undefined) merged.date = date;

  const vote = library?.vote ?? catalogue?.vote;
  if (vote !== undefined) merged.vote = vote;
  if (library?.voteNote !== undefined) merged.voteNote = library.voteNote;

  const agenda = library?.agenda ?? catalogue?.agenda;
  if (agenda !== undefined) merged.agenda = agenda;
  if (library?.related !== undefined) merged.related = library.related;
  if (library?.files !== undefined) merged.files = library.files;
  if (library?.languages !== undefined) merged.languages = library.languages;

  if (catalogue?.text !== undefined) merged.text = catalogue.text;
  if (document?.summary !== undefined && document.summary.length > 0) merged.summary = document.summary;
  const undlId = library?.undlId ?? catalogue?.undlId;
  if (undlId !== undefined) merged.undlId = undlId;
  return merged;
}
