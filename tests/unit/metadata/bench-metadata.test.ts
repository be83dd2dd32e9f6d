import { describe, expect, it } from 'vitest';
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
