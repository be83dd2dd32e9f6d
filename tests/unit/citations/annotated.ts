/**
 * Loads a fixture text with its hand-checked expected citations (tests/fixtures/expected) and
 * compares them with the engine's output, entry by entry, so a failure names what differs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Citation, ScanContext } from '../../../lib/citations';

export interface Expected {
  line: number;
  text: string;
  symbol: string | null;
  body: string;
  kind: string;
  pinpoint?: string;
  why?: string;
}

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function loadAnnotated(textPath: string, expectedPath: string): { text: string; expected: Expected[] } {
  return {
    text: readFileSync(`${FIXTURES}${textPath}`, 'utf8'),
    expected: JSON.parse(readFileSync(`${FIXTURES}${expectedPath}`, 'utf8')) as Expected[],
  };
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The comparable shape of a citation: what a reader sees, plus where it starts. */
export function shape(text: string, c: Citation): Omit<Expected, 'why'> {
  const s: Omit<Expected, 'why'> = { line: lineOf(text, c.start), text: c.text, symbol: c.symbol, body: c.body, kind: c.kind };
  if (c.pinpoint !== undefined) s.pinpoint = c.pinpoint;
  return s;
}

export function strip(e: Expected): Omit<Expected, 'why'> {
  const { why: _why, ...rest } = e;
  return rest;
}

/** The page context a fixture is scanned with: from its file name (`a-res-76-186.ru.txt`). */
export function contextFromName(name: string): ScanContext {
  const m = /^([a-z]+(?:-[a-z]+)*?)-(\d+)-(\d+)\.(\w\w)\./.exec(name);
  if (m === null) return {};
  const series = (m[1] as string).toUpperCase().replace(/-/g, '/');
  return { pageSymbol: `${series}/${m[2] as string}/${m[3] as string}`, lang: m[4] as ScanContext['lang'] };
}
