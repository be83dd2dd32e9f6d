/**
 * What the panel shows of a cited document's metadata, reduced from the answers the metadata
 * client streams (cache or catalogue first, then the Library, then the document): the title and
 * date as soon as any answer has them, and whether more may come. Kept apart from the model, so
 * an arriving title re-renders one entry instead of regrouping the document.
 */
import type { LookupFailureKind } from '../metadata/types';

/** The part of a `MetadataAnswer` the panel reads (so any client giving these fields fits). */
export interface AnswerLike {
  metadata?: { title?: string; date?: string };
  status: 'found' | LookupFailureKind;
  done: boolean;
}

export interface EntryFacts {
  /** `loading` until the last answer; then `found`, or the reason there is nothing. */
  state: 'loading' | 'found' | LookupFailureKind;
  title?: string;
  /** ISO `yyyy-mm-dd`, `yyyy-mm` or `yyyy`. */
  date?: string;
}

export const LOADING: EntryFacts = { state: 'loading' };

/** The facts after `answer`. A later answer without a title keeps the earlier one. */
export function factsFromAnswer(previous: EntryFacts | undefined, answer: AnswerLike): EntryFacts {
  const title = answer.metadata?.title ?? previous?.title;
  const date = answer.metadata?.date ?? previous?.date;
  const state: EntryFacts['state'] = !answer.done ? 'loading' : title !== undefined || date !== undefined ? 'found' : answer.status;
  return { state, ...(title !== undefined ? { title } : {}), ...(date !== undefined ? { date } : {}) };
}
