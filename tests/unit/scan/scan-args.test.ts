import { describe, expect, it } from 'vitest';
import { parseScanArgs } from '../../../lib/scan/scan-args';

describe('parseScanArgs', () => {
  it('takes files and defaults to the table', () => {
    expect(parseScanArgs(['a.txt', 'b.pdf'])).toEqual({ kind: 'scan', options: { mode: 'table', files: ['a.txt', 'b.pdf'] } });
  });

  it('takes options before, between and after files, with a value apart or after "="', () => {
    expect(parseScanArgs(['--jsonl', 'a.txt', '--lang', 'RU', 'b.txt', '--page-symbol=A/RES/1/1'])).toEqual({
      kind: 'scan',
      options: { mode: 'jsonl', lang: 'ru', pageSymbol: 'A/RES/1/1', files: ['a.txt', 'b.txt'] },
    });
  });

  it('reads everything after "--" as a file', () => {
    expect(parseScanArgs(['--json', '--', '--odd-name.txt'])).toEqual({
      kind: 'scan',
      options: { mode: 'json', files: ['--odd-name.txt'] },
    });
  });

  it('answers --help and -h before anything else', () => {
    expect(parseScanArgs(['a.txt', '--help'])).toEqual({ kind: 'help' });
    expect(parseScanArgs([], ['sample.pdf'])).toEqual({ kind: 'scan', options: { mode: 'table', files: ['sample.pdf'] } });
    expect(parseScanArgs(['--jsonl'], ['s1.pdf', 's2.pdf'])).toEqual({
      kind: 'scan',
      options: { mode: 'jsonl', files: ['s1.pdf', 's2.pdf'] },
    });
    expect(parseScanArgs(['mine.txt'], ['sample.pdf'])).toEqual({ kind: 'scan', options: { mode: 'table', files: ['mine.txt'] } });
    expect(parseScanArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], 'no file given'],
    [['--json', 'a.txt', 'b.txt'], '--json prints one file'],
    [['--json', '--jsonl', 'a.txt'], 'exclude each other'],
    [['--lang', 'de', 'a.txt'], '--lang must be one of ar, zh, en, fr, ru, es (got "de")'],
    [['a.txt', '--lang'], '--lang needs a language'],
    [['a.txt', '--page-symbol'], '--page-symbol needs a symbol'],
    [['--verbose', 'a.txt'], 'unknown option --verbose'],
    [['--json=yes', 'a.txt'], '--json takes no value'],
  ])('%j is a usage error', (argv, message) => {
    const parsed = parseScanArgs(argv);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' && parsed.message).toContain(message);
  });
});
