/**
 * The house's conventions (ADR 0018, folders by context) as checks that run: each check is a
 * function from files to problems, shown to fire on a bad example, then run over the tree.
 * What may import what is ESLint's job (eslint.config.js, tests/unit/import-rules.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface SourceFile {
  path: string;
  text: string;
}

const ROOT = new URL('../..', import.meta.url).pathname;

/** Longest source file (lines): one job a module; past this, split it by job. */
export const MAX_SOURCE_LINES = 300;

const SOURCE_DIRS = ['lib/', 'components/', 'entrypoints/', 'scripts/', 'eslint-rules/'];
const isCode = (path: string) => /\.(ts|tsx|js|mjs)$/.test(path);

/** Every ADR says where it stands; one that is superseded names what replaced it. */
export function adrProblems(files: SourceFile[]): string[] {
  return files.flatMap(({ path, text }) => {
    const status = /^Status: *(\S.*)$/m.exec(text)?.[1];
    if (status === undefined) return [`${path}: no "Status:" line`];
    if (!/^(proposed|accepted|superseded|deprecated)\b/i.test(status)) return [`${path}: unknown status "${status}"`];
    if (/^superseded/i.test(status) && !/\b\d{4}\b/.test(status)) return [`${path}: superseded by which ADR?`];
    return [];
  });
}

/** `components/**\/PascalCase.tsx` is a view: it exports a component (a PascalCase function). */
export function viewProblems(files: SourceFile[]): string[] {
  return files
    .filter(({ path }) => /^components\/.*\/[A-Z][A-Za-z0-9]*\.tsx$/.test(path))
    .filter(({ text }) => !/^export (?:function|const) [A-Z]\w*/m.test(text))
    .map(({ path }) => `${path}: a PascalCase .tsx file exports no component`);
}

/** `use-*.ts` in components/ is a hook: it exports a `use…` function. */
export function hookProblems(files: SourceFile[]): string[] {
  return files
    .filter(({ path }) => /^components\/.*\/use-[\w-]+\.tsx?$/.test(path))
    .filter(({ text }) => !/^export function use[A-Z]\w*/m.test(text))
    .map(({ path }) => `${path}: a use-*.ts file exports no hook`);
}

/** One way a feature's views get onto a host: at most one exported attach*, mount* or start* per folder of components/. */
export function mountProblems(files: SourceFile[]): string[] {
  const byFolder = new Map<string, string[]>();
  for (const { path, text } of files) {
    const folder = /^(components\/(?!extension\/)[^/]+)\//.exec(path)?.[1];
    if (folder === undefined) continue;
    for (const m of text.matchAll(/^export function ((?:attach|mount|start)[A-Z]\w*)/gm))
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), m[1]!]);
  }
  return [...byFolder]
    .filter(([, names]) => names.length > 1)
    .map(([folder, names]) => `${folder}: ${names.length} mount helpers (${names.join(', ')})`);
}

/**
 * WXT 0.20 makes an entrypoint of `entrypoints/<name>/index.*` only: each context is a folder
 * with one entry, an `index.html` (with its main.ts[x] beside it) or an `index.ts`, never both
 * (an index.ts beside an index.html would be a second entrypoint).
 */
export function entrypointProblems(paths: string[]): string[] {
  const problems: string[] = [];
  const folders = new Map<string, string[]>();
  for (const path of paths.filter((p) => p.startsWith('entrypoints/'))) {
    const parts = path.split('/');
    if (parts.length !== 3) {
      problems.push(`${path}: entrypoints/ holds one folder per context, files directly inside it`);
      continue;
    }
    folders.set(parts[1]!, [...(folders.get(parts[1]!) ?? []), parts[2]!]);
  }
  for (const [name, files] of folders) {
    const indexes = files.filter((f) => f.startsWith('index.'));
    if (indexes.length !== 1)
      problems.push(`entrypoints/${name}/: ${indexes.length} entries (${indexes.join(', ') || 'none'}), want exactly one index.*`);
  }
  return problems;
}

/** Small modules: a source file past MAX_SOURCE_LINES lines. */
/** Lines that hold code: blank lines and comments (a module's why) do not make a module do more jobs. */
function codeLines(text: string): number {
  return text.split('\n').filter((line) => {
    const trimmed = line.trim();
    return trimmed !== '' && !/^(\/\/|\/\*|\*)/.test(trimmed);
  }).length;
}

export function sizeProblems(files: SourceFile[]): string[] {
  return files
    .filter(({ path }) => SOURCE_DIRS.some((dir) => path.startsWith(dir)) && isCode(path))
    .map(({ path, text }) => ({ path, lines: codeLines(text) }))
    .filter(({ lines }) => lines > MAX_SOURCE_LINES)
    .map(({ path, lines }) => `${path}: ${lines} lines of code (over ${MAX_SOURCE_LINES}: split it by job)`);
}

/** One definition of each shared check: a second `isRecord` drifts from the first (lib/messages/check.ts). */
export function duplicateCheckProblems(files: SourceFile[], names: readonly string[] = ['isRecord']): string[] {
  return names.flatMap((name) => {
    const defined = files
      .filter(({ text }) => new RegExp(`^\\s*(?:export )?(?:function ${name}\\b|const ${name} = )`, 'm').test(text))
      .map(({ path }) => path);
    return defined.length > 1 ? [`${name} is defined ${defined.length} times: ${defined.join(', ')}`] : [];
  });
}

/** Views are components: lib/ holds no .tsx. */
export function libViewProblems(paths: string[]): string[] {
  return paths.filter((p) => p.startsWith('lib/') && p.endsWith('.tsx')).map((p) => `${p}: a view in lib/ (views live in components/)`);
}

describe('each convention check fires on a bad example', () => {
  it('an ADR without a status, with an unknown one, superseded by nothing', () => {
    expect(adrProblems([{ path: 'docs/adr/0099-x.md', text: '# 0099 X\n\n## Context\n' }])).toEqual([
      'docs/adr/0099-x.md: no "Status:" line',
    ]);
    expect(adrProblems([{ path: 'a.md', text: 'Status: maybe' }])).toEqual(['a.md: unknown status "maybe"']);
    expect(adrProblems([{ path: 'a.md', text: 'Status: superseded' }])).toEqual(['a.md: superseded by which ADR?']);
    expect(adrProblems([{ path: 'a.md', text: '# A\n\nStatus: superseded by 0018 (layout)\n' }])).toEqual([]);
  });

  it('a PascalCase .tsx that exports no component, a use-*.ts that exports no hook', () => {
    expect(viewProblems([{ path: 'components/x/PanelThing.tsx', text: 'export function helper() {}\n' }])).toHaveLength(1);
    expect(viewProblems([{ path: 'components/x/PanelThing.tsx', text: 'export function PanelThing() {}\n' }])).toEqual([]);
    expect(hookProblems([{ path: 'components/x/use-thing.ts', text: 'export function thing() {}\n' }])).toHaveLength(1);
    expect(hookProblems([{ path: 'components/x/use-thing.ts', text: 'export function useThing() {}\n' }])).toEqual([]);
  });

  it('two mount helpers in one feature folder', () => {
    const files = [
      { path: 'components/popover/a.tsx', text: 'export function attachPopover() {}\n' },
      { path: 'components/popover/b.tsx', text: 'export function mountPopoverAgain() {}\n' },
    ];
    expect(mountProblems(files)).toEqual(['components/popover: 2 mount helpers (attachPopover, mountPopoverAgain)']);
    expect(mountProblems(files.slice(0, 1))).toEqual([]);
  });

  it('an index.ts beside an index.html, a loose file in entrypoints/', () => {
    expect(
      entrypointProblems(['entrypoints/reader/index.html', 'entrypoints/reader/index.ts', 'entrypoints/reader/main.tsx']),
    ).toHaveLength(1);
    expect(entrypointProblems(['entrypoints/background.ts'])).toHaveLength(1);
    expect(entrypointProblems(['entrypoints/reader/index.html', 'entrypoints/reader/main.tsx', 'entrypoints/reader/pdf-view.ts'])).toEqual(
      [],
    );
  });

  it('a source file past the size bound, a view in lib/', () => {
    const long = 'x;\n'.repeat(MAX_SOURCE_LINES + 1);
    expect(sizeProblems([{ path: 'lib/big.ts', text: long }])).toEqual([
      `lib/big.ts: ${MAX_SOURCE_LINES + 1} lines of code (over ${MAX_SOURCE_LINES}: split it by job)`,
    ]);
    expect(
      sizeProblems([
        { path: 'tests/unit/big.test.ts', text: long },
        { path: 'lib/ok.ts', text: 'x;\n'.repeat(MAX_SOURCE_LINES) },
      ]),
    ).toEqual([]);
    // Comments say why; they do not make a module bigger.
    expect(sizeProblems([{ path: 'lib/explained.ts', text: `/**\n${' * why\n'.repeat(MAX_SOURCE_LINES)} */\nx;\n` }])).toEqual([]);
    expect(libViewProblems(['lib/panel/Panel.tsx', 'components/panel/Panel.tsx'])).toEqual([
      'lib/panel/Panel.tsx: a view in lib/ (views live in components/)',
    ]);
  });

  it('a second isRecord', () => {
    const check = { path: 'lib/messages/check.ts', text: 'export function isRecord(x: unknown) {}\n' };
    const copy = { path: 'lib/panel/wire.ts', text: 'const isRecord = (x: unknown) => true;\n' };
    expect(duplicateCheckProblems([check, copy])).toEqual(['isRecord is defined 2 times: lib/messages/check.ts, lib/panel/wire.ts']);
    expect(duplicateCheckProblems([check, { path: 'lib/a.ts', text: "import { isRecord } from './check';\n" }])).toEqual([]);
  });
});

describe('the tree follows the conventions', () => {
  const paths = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((p) => p !== '');
  const read = (path: string): SourceFile => ({ path, text: readFileSync(ROOT + path, 'utf8') });
  const sources = paths.filter((p) => SOURCE_DIRS.some((dir) => p.startsWith(dir)) && isCode(p)).map(read);

  it('every ADR has a status', () => {
    const adrs = paths.filter((p) => /^docs\/adr\/\d{4}-.*\.md$/.test(p)).map(read);
    expect(adrs.length).toBeGreaterThan(10);
    expect(adrProblems(adrs)).toEqual([]);
  });

  it('views export components, hooks export hooks, one mount helper per feature', () => {
    expect([...viewProblems(sources), ...hookProblems(sources), ...mountProblems(sources)]).toEqual([]);
  });

  it('defines isRecord once', () => {
    expect(duplicateCheckProblems(sources)).toEqual([]);
  });

  it('each context is a folder of entrypoints/ with one entry', () => {
    expect(entrypointProblems(paths)).toEqual([]);
  });

  it(`source files stay under ${MAX_SOURCE_LINES} lines; lib/ holds no views`, () => {
    expect([...sizeProblems(sources), ...libViewProblems(paths)]).toEqual([]);
  });
});
