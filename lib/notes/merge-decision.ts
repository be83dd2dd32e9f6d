/**
 * Which of two versions of one note an import keeps. The revision counts the writes a note has
 * seen, so the higher revision is the newer note; on a tie (two copies edited the same number of
 * times) the later `updated` time wins. Equal versions keep what is here: importing the same
 * file twice changes nothing.
 */
import type { Note } from './types';

export type MergeDecision = 'add' | 'replace' | 'keep';

export function decideMerge(here: Note | undefined, incoming: Note): MergeDecision {
  if (here === undefined) return 'add';
  if (incoming.revision > here.revision) return 'replace';
  if (incoming.revision < here.revision) return 'keep';
  return Date.parse(incoming.updated) > Date.parse(here.updated) ? 'replace' : 'keep';
}
