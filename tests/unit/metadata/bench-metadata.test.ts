import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueSize, citedResolutions, coverage } from '../../../scripts/bench/catalogue-coverage';
import { SHARD_NAMES } from '../../../lib/metadata/catalogue-format';
import { metadataSection } from '../../../scripts/bench/metadata';

describe('the metadata bench section', () => {
  it('measures every shard, the whole catalogue, lookups and both readers', async () => {
    const rows = await metadataSection.run(() => []);
    const measures = rows.map((row) => String(row.measure));
    expect(measures.slice(0, SHARD_NAMES.length + 1)).toEqual([...SHARD_NAMES.map((shard) => `load shard ${shard}`), 'load all shards']);
    const lookups = rows.find((row) => String(row.measure).startsWith('lookups'));
    // Every catalogue symbol is found, and none of the made-up ones.
    expect(lookups?.rows).toBe(5825 + 2797 + 706 + 373 + 4719 + 939);
    expect(lookups?.['per second']).toBeGreaterThan(1000);
    expect(measures.at(-1)).toBe('summarise A/RES/76/186 (28 paragraphs)');
  });
});

describe('the metadata coverage figures', () => {
  it('counts the distinct resolutions a real UN PDF cites and those a card titles offline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolute-coverage-'));
    copyFileSync(new URL('../../fixtures/un-pdfs/S_RES_2772(2025).en.pdf', import.meta.url), join(dir, 'S_RES_2772(2025).en.pdf'));
    const { files, symbols } = await citedResolutions(pathToFileURL(`${dir}/`));
    expect(files).toBe(1);
    // A one-page SC resolution listing earlier SC resolutions, every one in the catalogue.
    expect(symbols.length).toBeGreaterThan(3);
    expect(symbols.every((s) => s.startsWith('S/RES/'))).toBe(true);
    const figures = await coverage(symbols, files);
    expect(figures).toMatchObject({ files: 1, cited: symbols.length, titled: symbols.length, missing: [] });
    // Nothing knows A/RES/64/293 offline (adopted without a vote, before session 78).
    expect(await coverage(['A/RES/64/293', 'A/RES/78/1'], 1)).toEqual({ files: 1, cited: 2, titled: 1, missing: ['A/RES/64/293'] });
    const size = catalogueSize();
    expect(size.files).toBe(SHARD_NAMES.length);
    expect(size.gzip).toBeLessThan(size.raw / 3);
  }, 30_000);
});
