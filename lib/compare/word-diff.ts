/**
 * Word-level differences between two wordings of a paragraph: the longest common subsequence of
 * the words' keys, then a second look at each run of changes, where PDF text may have cut or
 * glued a word ("prostitutio n", "COVID -19") without any change of wording.
 */
import type { Word } from './words';

export type DiffKind = 'same' | 'ins' | 'del';

export interface DiffSegment {
  kind: DiffKind;
  /** Words joined by spaces, as printed in the version they come from (the newer one for 'same'). */
  text: string;
}

interface Step {
  kind: DiffKind;
  old?: number;
  new?: number;
}

export function diffWords(oldWords: readonly Word[], newWords: readonly Word[]): DiffSegment[] {
  // Footnote marks take no part: their numbers shift whenever a footnote is added before them.
  const oldIndex = indexesWithKey(oldWords);
  const newIndex = indexesWithKey(newWords);
  const oldKeys = oldIndex.map((i) => oldWords[i]!.key);
  const newKeys = newIndex.map((i) => newWords[i]!.key);
  const steps = relaxGluedWords(lcsSteps(oldKeys, newKeys), oldKeys, newKeys);
  const segments: DiffSegment[] = [];
  for (const step of steps) {
    const text = step.new !== undefined ? withMarks(newWords, newIndex[step.new]!) : oldWords[oldIndex[step.old!]!]!.text;
    const last = segments[segments.length - 1];
    if (last !== undefined && last.kind === step.kind) last.text += ` ${text}`;
    else segments.push({ kind: step.kind, text });
  }
  return segments;
}

/** True when the two wordings differ in a word (not in punctuation, marks or PDF noise). */
export function sameWording(segments: readonly DiffSegment[]): boolean {
  return segments.every((segment) => segment.kind === 'same');
}

function indexesWithKey(words: readonly Word[]): number[] {
  const indexes: number[] = [];
  words.forEach((word, index) => {
    if (word.key !== '') indexes.push(index);
  });
  return indexes;
}

/** A word with the footnote marks printed after it. */
function withMarks(words: readonly Word[], index: number): string {
  let text = words[index]!.text;
  for (let next = index + 1; next < words.length && words[next]!.key === ''; next++) text += ` ${words[next]!.text}`;
  return text;
}

function lcsSteps(a: readonly string[], b: readonly string[]): Step[] {
  // The common start and end are walked directly: most pairs differ in a few words.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const steps: Step[] = [];
  for (let i = 0; i < head; i++) steps.push({ kind: 'same', old: i, new: i });
  // table[i * (m + 1) + j]: length of the longest common subsequence of a[head + i …] and b[head + j …].
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[head + i] === b[head + j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] === b[head + j]) {
      steps.push({ kind: 'same', old: head + i++, new: head + j++ });
    } else if (j < m && (i === n || table[i * width + j + 1]! >= table[(i + 1) * width + j]!)) {
      steps.push({ kind: 'ins', new: head + j++ });
    } else {
      steps.push({ kind: 'del', old: head + i++ });
    }
  }
  // Deletions before insertions in each run of changes: "old words" then "new words" reads best.
  for (let t = 0; t < tail; t++) steps.push({ kind: 'same', old: a.length - tail + t, new: b.length - tail + t });
  return orderRuns(steps);
}

function orderRuns(steps: Step[]): Step[] {
  const out: Step[] = [];
  let run: Step[] = [];
  const flush = () => {
    out.push(...run.filter((s) => s.kind === 'del'), ...run.filter((s) => s.kind === 'ins'));
    run = [];
  };
  for (const step of steps) {
    if (step.kind === 'same') {
      flush();
      out.push(step);
    } else run.push(step);
  }
  flush();
  return out;
}

/**
 * In each run of deleted and inserted words, the stretches at its start and end where the deleted
 * keys glued together spell the inserted ones ("covid" "19" = "covid19") are the same words.
 */
function relaxGluedWords(steps: Step[], oldKeys: readonly string[], newKeys: readonly string[]): Step[] {
  const out: Step[] = [];
  let index = 0;
  while (index < steps.length) {
    if (steps[index]!.kind === 'same') {
      out.push(steps[index++]!);
      continue;
    }
    const runStart = index;
    while (index < steps.length && steps[index]!.kind !== 'same') index++;
    const run = steps.slice(runStart, index);
    const dels = run.filter((s) => s.kind === 'del').map((s) => s.old!);
    const ins = run.filter((s) => s.kind === 'ins').map((s) => s.new!);
    out.push(...relaxRun(dels, ins, oldKeys, newKeys));
  }
  return out;
}

function relaxRun(dels: number[], ins: number[], oldKeys: readonly string[], newKeys: readonly string[]): Step[] {
  const head = gluedPrefix(dels, ins, oldKeys, newKeys);
  const restDels = dels.slice(head.dels);
  const restIns = ins.slice(head.ins);
  const tail = gluedPrefix([...restDels].reverse(), [...restIns].reverse(), oldKeys, newKeys, true);
  const midDels = restDels.slice(0, restDels.length - tail.dels);
  const midIns = restIns.slice(0, restIns.length - tail.ins);
  const same = (from: number[]): Step[] => from.map((n) => ({ kind: 'same' as const, new: n }));
  return [
    ...same(ins.slice(0, head.ins)),
    ...midDels.map((o) => ({ kind: 'del' as const, old: o })),
    ...midIns.map((n) => ({ kind: 'ins' as const, new: n })),
    ...same(restIns.slice(restIns.length - tail.ins)),
  ];
}

/** How many deleted and inserted words from the start glue into the same letters, at most. */
function gluedPrefix(
  dels: number[],
  ins: number[],
  oldKeys: readonly string[],
  newKeys: readonly string[],
  reversed = false,
): { dels: number; ins: number } {
  let best = { dels: 0, ins: 0 };
  let a = '';
  let b = '';
  let i = 0;
  let j = 0;
  const add = (text: string, piece: string) => (reversed ? piece + text : text + piece);
  while (i < dels.length || j < ins.length) {
    if (a.length <= b.length && i < dels.length) a = add(a, oldKeys[dels[i++]!]!);
    else if (j < ins.length) b = add(b, newKeys[ins[j++]!]!);
    else break;
    const shorter = a.length <= b.length ? a : b;
    const longer = a.length <= b.length ? b : a;
    if (!(reversed ? longer.endsWith(shorter) : longer.startsWith(shorter))) break;
    if (a === b && a !== '' && i > 0 && j > 0) best = { dels: i, ins: j };
  }
  return best;
}
