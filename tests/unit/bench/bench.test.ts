import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS } from '../../../scripts/bench/adversarial';
import { formatSection, type BenchSection } from '../../../scripts/bench/bench-section';
import { buildCorpus, loadSeeds, seededRandom, utf8Length } from '../../../scripts/bench/corpus';
import { runBench } from '../../../scripts/bench/run-bench';
import { floorPass } from '../../../scripts/bench/throughput';
import { mbPerSecond, time } from '../../../scripts/bench/timing';

describe('bench corpus', () => {
  it('loads the three seed texts from tests/fixtures', () => {
    const seeds = loadSeeds();
    expect(seeds).toHaveLength(3);
    expect(seeds[0]).toContain('76/186');
  });

  it('repeats the seeds to at least the asked size, counting UTF-8 bytes', () => {
    const corpus = buildCorpus(['ab', 'вг'], 100);
    expect(corpus.text).toBe('ab\n\nвг\n\n'.repeat(corpus.copies));
    expect(corpus.bytes).toBe(utf8Length(corpus.text));
    expect(corpus.bytes).toBeGreaterThanOrEqual(100);
    expect(corpus.bytes - 10).toBeLessThan(100);
  });

  it('gives the same "random" text on every run', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const draws = Array.from({ length: 5 }, () => a());
    expect(draws).toEqual(Array.from({ length: 5 }, () => b()));
    expect(new Set(draws).size).toBe(5);
    for (const draw of draws) expect(draw >= 0 && draw < 1).toBe(true);
  });

  it('makes adversarial inputs of about a million characters', () => {
    for (const input of ADVERSARIAL_INPUTS) {
      const length = input.make().length;
      expect(length, input.name).toBeGreaterThanOrEqual(1_000_000);
      expect(length, input.name).toBeLessThan(1_000_020);
    }
  });
});

describe('bench measures', () => {
  it('the floor counts digit-slash-digit matches', () => {
    expect(floorPass('1/2 and 3/4, 5 / 6, 7/8/9')).toBe(3);
  });

  it('times the best and the worst of several runs after a warm-up', () => {
    let calls = 0;
    const { timing, result } = time(3, () => ++calls);
    expect(calls).toBe(4);
    expect(result).toBe(4);
    expect(timing.bestMs).toBeLessThanOrEqual(timing.worstMs);
  });

  it('gives MB/s in 10^6 bytes per second', () => {
    expect(mbPerSecond(10_000_000, 500)).toBe(20);
  });
});

describe('bench output', () => {
  it('prints a section as a table under its name, numbers right-aligned', () => {
    const text = formatSection('Title', [
      { input: 'short', ms: 1.23456, count: 7 },
      { input: 'a longer one', ms: 1234.5 },
    ]);
    expect(text).toBe(['Title', '  input           ms  count', '  short         1.23      7', '  a longer one  1235', ''].join('\n'));
  });

  it('runs the sections named on the command line, or all of them', async () => {
    const ran: string[] = [];
    const section = (name: string): BenchSection => ({
      name,
      run: () => {
        ran.push(name);
        return Promise.resolve([{ x: name }]);
      },
    });
    const sections = [section('Throughput'), section('Adversarial inputs')];
    let out = '';
    const io = { stdout: (text: string) => void (out += text), stderr: () => undefined };

    expect(await runBench(sections, () => [], ['adversarial'], io)).toBe(0);
    expect(ran).toEqual(['Adversarial inputs']);
    expect(out).toContain('Adversarial inputs\n  x');

    expect(await runBench(sections, () => [], [], io)).toBe(0);
    expect(ran).toEqual(['Adversarial inputs', 'Throughput', 'Adversarial inputs']);

    let err = '';
    expect(await runBench(sections, () => [], ['nothing'], { stdout: () => undefined, stderr: (t) => void (err += t) })).toBe(2);
    expect(err).toBe('bench: no section matches "nothing"\n');
  });
});
