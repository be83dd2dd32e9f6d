/**
 * One answer from several sources' answers, field by field, each field from the source that knows
 * it best:
 *
 * - title: the Library's title in the reader's language, else the document's own (it was read in
 *   the reader's language), else one read when the reader opened the document in that language,
 *   else the catalogue's English title, else the Library's English one, else any title an opened
 *   document gave (the card then says the title is in another language);
 * - date: the catalogue's (the date of the vote), else an opened document's, else the document's
 *   adoption date, else the Library's (its action date, or failing that its publication date);
 * - vote: the Library's (counts, or "without a vote"), else the catalogue's counts;
 * - agenda: the Library's, else the catalogue's; related documents, files: the Library; languages:
 *   the Library's, else the versions the reader opened;
 * - operative paragraphs: the document.
 */
import { bodyOfSymbol } from '../citations/symbols';
import type { UnLang } from '../citations/types';
import type { AskedSource, DocumentMetadata, MetadataSource } from './types';

export type SourceAnswers = Partial<Record<AskedSource, DocumentMetadata>>;

const ORDER: readonly AskedSource[] = ['opened', 'catalogue', 'library', 'document'];

/** The language a source's main `title` is in: the one its `titles` file it under, else English (the catalogue, the Library's 245). */
function titleLanguage(answer: DocumentMetadata | undefined): UnLang | undefined {
  if (answer?.title === undefined) return undefined;
  const filed = Object.entries(answer.titles ?? {}).find(([, title]) => title === answer.title)?.[0] as UnLang | undefined;
  return filed ?? answer.titleLang ?? (answer.source === 'document' ? undefined : 'en');
}

export function mergeMetadata(symbol: string, answers: SourceAnswers, lang: UnLang, latest: MetadataSource): DocumentMetadata | undefined {
  const { opened, catalogue, library, document } = answers;
  const present = ORDER.filter((source) => answers[source] !== undefined);
  if (present.length === 0) return undefined;

  const merged: DocumentMetadata = {
    symbol,
    body: bodyOfSymbol(symbol),
    source: latest,
    sources: present,
    fetchedAt: Math.max(...present.map((source) => answers[source]?.fetchedAt ?? 0)),
  };

  const fieldSources: NonNullable<DocumentMetadata['fieldSources']> = {};
  // Each candidate title with its source and language; the first that exists is shown.
  const titleCandidates: [string | undefined, AskedSource, UnLang | undefined][] = [
    [library?.titles?.[lang], 'library', lang],
    [document?.titles?.[lang], 'document', lang],
    [opened?.titles?.[lang], 'opened', lang],
    [catalogue?.titles?.[lang], 'catalogue', lang],
    [catalogue?.title, 'catalogue', titleLanguage(catalogue)],
    [opened?.title, 'opened', titleLanguage(opened)],
    [library?.title, 'library', titleLanguage(library)],
    [document?.title, 'document', titleLanguage(document)],
  ];
  const chosen = titleCandidates.find(([title]) => title !== undefined);
  if (chosen !== undefined) {
    merged.title = chosen[0]!;
    fieldSources.title = chosen[1];
    if (chosen[2] !== undefined) merged.titleLang = chosen[2];
  }
  const titles = { ...catalogue?.titles, ...opened?.titles, ...document?.titles, ...library?.titles };
  if (Object.keys(titles).length > 0) merged.titles = titles;

  const dated = (['catalogue', 'opened', 'document', 'library'] as const).find((source) => answers[source]?.date !== undefined);
  if (dated !== undefined) {
    merged.date = answers[dated]!.date!;
    fieldSources.date = dated;
  }

  const vote = library?.vote ?? catalogue?.vote;
  if (vote !== undefined) {
    merged.vote = vote;
    fieldSources.vote = library?.vote !== undefined ? 'library' : 'catalogue';
  }
  if (Object.keys(fieldSources).length > 0) merged.fieldSources = fieldSources;
  if (library?.voteNote !== undefined) merged.voteNote = library.voteNote;

  const agenda = library?.agenda ?? catalogue?.agenda;
  if (agenda !== undefined) merged.agenda = agenda;
  if (library?.related !== undefined) merged.related = library.related;
  if (library?.files !== undefined) merged.files = library.files;
  const languages = library?.languages ?? opened?.languages;
  if (languages !== undefined) merged.languages = languages;

  if (catalogue?.text !== undefined) merged.text = catalogue.text;
  if (document?.summary !== undefined && document.summary.length > 0) merged.summary = document.summary;
  const undlId = library?.undlId ?? catalogue?.undlId;
  if (undlId !== undefined) merged.undlId = undlId;
  return merged;
}
