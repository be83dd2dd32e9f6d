import { describe, expect, it } from 'vitest';
import { metadataSection } from '../../../scripts/bench/metadata';

describe('the metadata bench section', () => {
  it('measures every shard, the whole catalogue, lookups and both readers', async () => {
    const rows = await metadataSection.run(() => []);
    const measures = rows.map((row) => String(row.measure));
    expect(measures.slice(0, 6)).toEqual([
      'load shard sc',
      'load shard ga-1-30',
      'load shard ga-31-60',
      'load shard ga-61-on',
      'load shard ga-special',
      'load all shards',
    ]);
    const lookups = rows.find((row) => String(row.measure).startsWith('lookups'));
    // Every catalogue symbol is found, and none of the made-up ones.
    expect(lookups?.rows).toBe(5825 + 2797);
    expect(lookups?.['per second']).toBeGreaterThan(1000);
    expect(measures.at(-1)).toBe('summarise A/RES/76/186 (28 paragraphs)');
  });
});
