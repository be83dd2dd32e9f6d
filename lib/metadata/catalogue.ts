/**
 * The offline resolution catalogue (General Assembly, Security Council, Human Rights Council and
 * Commission on Human Rights resolutions, General Assembly decisions; see `assets/catalog/SOURCES.md`). It costs nothing until
 * asked: a shard is loaded on the first lookup that needs it, checked once, and kept. A symbol the
 * catalogue cannot hold (not a GA or SC resolution) is answered without loading anything.
 *
 * `loadShard` is injected: the extension fetches its packaged file, tests and the bench read it
 * from disk.
 */
import { bodyOfSymbol } from '../citations/symbols';
import { decodeShard, expandRow, locate, type LoadedShard, type ShardName } from './catalogue-format';
import type { DocumentMetadata, LookupResult, VoteCounts } from './types';

export type ShardLoader = (shard: ShardName) => Promise<unknown>;

export interface Catalogue {
  lookup(symbol: string): Promise<LookupResult>;
  /** The shards loaded so far (for the bench and tests). */
  loaded(): ShardName[];
}

export function createCatalogue(loadShard: ShardLoader, now: () => number = Date.now): Catalogue {
  const shards = new Map<ShardName, Promise<LoadedShard>>();

  const shardFor = (name: ShardName): Promise<LoadedShard> => {
    let pending = shards.get(name);
    if (pending === undefined) {
      pending = Promise.resolve()
        .then(() => loadShard(name))
        .then((data) => decodeShard(data, name));
      // A failed load is not kept: the next lookup tries again (the file may have been busy).
      pending.catch(() => shards.delete(name));
      shards.set(name, pending);
    }
    return pending;
  };

  return {
    async lookup(symbol) {
      const place = locate(symbol);
      if (place === null) return { kind: 'not-found' };
      let shard: LoadedShard;
      try {
        shard = await shardFor(place.shard);
      } catch (error) {
        return { kind: 'error', detail: error instanceof Error ? error.message : String(error) };
      }
      const row = shard.rows.get(place.key);
      if (row === undefined) return { kind: 'not-found' };
      return { kind: 'found', metadata: toMetadata(expandRow(shard, row), now()) };
    },
    loaded: () => [...shards.keys()],
  };
}

function toMetadata(row: ReturnType<typeof expandRow>, fetchedAt: number): DocumentMetadata {
  const body = bodyOfSymbol(row.symbol);
  const metadata: DocumentMetadata = {
    symbol: row.symbol,
    title: row.title,
    titles: { en: row.title },
    body,
    source: 'catalogue',
    fetchedAt,
  };
  if (row.date !== undefined) metadata.date = row.date;
  if (row.text !== undefined) metadata.text = row.text;
  if (row.votes === 'without-vote') metadata.vote = 'without-vote';
  else if (row.votes !== undefined) {
    const [yes, no, abstain] = row.votes;
    const vote: VoteCounts = { yes, no, abstain };
    // The Library records an SC resolution adopted without a vote as unanimous: keep the counts, say so.
    if (body === 'SC' && no === 0 && abstain === 0) vote.mayBeWithoutVote = true;
    metadata.vote = vote;
  }
  if (row.agenda !== undefined && row.agenda.length > 0) metadata.agenda = row.agenda;
  if (row.undlId !== undefined) metadata.undlId = row.undlId;
  return metadata;
}
