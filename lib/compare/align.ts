/**
 * Pairs the paragraphs of two versions by what they say, not by their numbers. First the longest
 * chain of similar paragraphs in the same order in both (a weighted common subsequence, so that
 * paragraphs inserted or removed before them do not break the pairing); then, among what is left,
 * paragraphs similar enough in another place: those moved. Similarity is the share of word pairs
 * (two consecutive words) the two paragraphs have in common, which tells apart two paragraphs
 * made of the same common words better than the words alone.
 */
import type { Paragraph, ParagraphPair } from './types';
import { diffWords, sameWording } from './word-diff';

/** Paragraphs in the same place are a pair at this similarity; in another place, at MOVED_MIN. */
const IN_ORDER_MIN = 0.3;
const MOVED_MIN = 0.5;
/**
 * One paragraph left on each side between the same two pairs: the one that took the other's
 * place, rewritten ("Also welcomes X as the newest partner" → "Also welcomes Y as the newest
 * partner"), if they still share this much.
 */
const SAME_PLACE_MIN = 0.15;

export function alignParagraphs(older: readonly Paragraph[], newer: readonly Paragraph[]): ParagraphPair[] {
  const ids = new Map<string, number>();
  const oldGrams = gramLists(older, ids);
  const newGrams = gramLists(newer, ids);
  // Every pair's similarity, once: the chain and the search for moved paragraphs both read it.
  const scores = new Float64Array(older.length * newer.length);
  for (let i = 0; i < older.length; i++) {
    const a = oldGrams[i]!;
    for (let j = 0; j < newer.length; j++) {
      const b = newGrams[j]!;
      // Two paragraphs of very different lengths cannot reach the lowest threshold: not measured.
      const bound = a.length + b.length === 0 ? 1 : (2 * Math.min(a.length, b.length)) / (a.length + b.length);
      scores[i * newer.length + j] = older[i]!.depth === newer[j]!.depth && bound >= SAME_PLACE_MIN ? dice(a, b) : 0;
    }
  }
  const similarity = (i: number, j: number): number => scores[i * newer.length + j]!;
  const chain = inOrderChain(older.length, newer.length, similarity);

  // Slots in document order: pairs of the chain, and each unpaired paragraph where it stands.
  type Slot = { old?: number; new?: number; moved?: boolean };
  const slots: Slot[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...chain, [older.length, newer.length] as const]) {
    if (pi - i === 1 && pj - j === 1 && similarity(i, j) >= SAME_PLACE_MIN) slots.push({ old: i++, new: j++ });
    while (i < pi) slots.push({ old: i++ });
    while (j < pj) slots.push({ new: j++ });
    if (pi < older.length && pj < newer.length) slots.push({ old: i++, new: j++ });
  }

  // The moved: best-first among paragraphs left unpaired on both sides.
  const looseOld = slots.filter((slot) => slot.new === undefined).map((slot) => slot.old!);
  const looseNew = slots.filter((slot) => slot.old === undefined).map((slot) => slot.new!);
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  for (const oi of looseOld)
    for (const nj of looseNew) {
      const score = similarity(oi, nj);
      if (score >= MOVED_MIN) candidates.push({ i: oi, j: nj, score });
    }
  candidates.sort((a, b) => b.score - a.score || a.j - b.j);
  const movedTo = new Map<number, number>();
  const takenNew = new Set<number>();
  for (const { i: oi, j: nj } of candidates) {
    if (movedTo.has(oi) || takenNew.has(nj)) continue;
    movedTo.set(oi, nj);
    takenNew.add(nj);
  }
  const movedFrom = new Map([...movedTo].map(([oi, nj]) => [nj, oi]));

  const pairs: ParagraphPair[] = [];
  for (const slot of slots) {
    if (slot.new === undefined && movedTo.has(slot.old!)) continue; // shown where it now stands
    const oi = slot.old ?? movedFrom.get(slot.new!);
    const moved = slot.old === undefined && oi !== undefined;
    pairs.push(pairOf(oi === undefined ? undefined : older[oi], slot.new === undefined ? undefined : newer[slot.new], moved));
  }
  return pairs;
}

function pairOf(old: Paragraph | undefined, now: Paragraph | undefined, moved: boolean): ParagraphPair {
  if (old === undefined) return { status: 'new', new: now, moved: false };
  if (now === undefined) return { status: 'dropped', old, moved: false };
  const diff = diffWords(old.words, now.words);
  if (sameWording(diff)) return { status: 'unchanged', old, new: now, moved };
  return { status: 'changed', old, new: now, moved, diff };
}

/** The chain of pairs (i ascending, j ascending) with the greatest total similarity. */
function inOrderChain(n: number, m: number, similarity: (i: number, j: number) => number): Array<[number, number]> {
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  const weight = new Float64Array(n * m);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const score = similarity(i, j);
      weight[i * m + j] = score >= IN_ORDER_MIN ? score : -1;
      const take = score >= IN_ORDER_MIN ? best[(i + 1) * width + j + 1]! + score : -1;
      best[i * width + j] = Math.max(take, best[(i + 1) * width + j]!, best[i * width + j + 1]!);
    }
  }
  const chain: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = best[i * width + j]!;
    const score = weight[i * m + j]!;
    if (score >= 0 && here === best[(i + 1) * width + j + 1]! + score) chain.push([i++, j++]);
    else if (here === best[(i + 1) * width + j]!) i++;
    else j++;
  }
  return chain;
}

/**
 * Each paragraph's consecutive word pairs, as sorted numbers (one per pair, repeats kept): the
 * similarity of two paragraphs is then a merge of two sorted arrays, no hashing in the n × m loop.
 */
function gramLists(paragraphs: readonly Paragraph[], ids: Map<string, number>): Int32Array[] {
  const lists: Int32Array[] = [];
  for (const paragraph of paragraphs) {
    const keys: string[] = [];
    for (const word of paragraph.words) if (word.key !== '') keys.push(word.key);
    const list = new Int32Array(keys.length === 1 ? 1 : Math.max(0, keys.length - 1));
    for (let k = 0; k < list.length; k++) {
      const gram = keys.length === 1 ? keys[0]! : `${keys[k]!} ${keys[k + 1]!}`;
      let id = ids.get(gram);
      if (id === undefined) {
        id = ids.size;
        ids.set(gram, id);
      }
      list[k] = id;
    }
    lists.push(list.sort());
  }
  return lists;
}

/** Dice coefficient of two sorted lists: twice the shared entries over both sizes. */
function dice(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}
