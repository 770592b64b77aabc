import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';

/** A loader per request (its entity manager) and purpose: `cache` names the purpose. */
export type GroupedLoaders<V> = WeakMap<EntityManager, DataLoader<number, V[]>>;

/**
 * The children of every parent a request shows, in one statement: `load` reads them for all the
 * parents' ids at once and answers [parent id, child] pairs.
 */
export function groupedLoader<V>(em: EntityManager, cache: GroupedLoaders<V>, load: (ids: number[]) => Promise<Array<[number, V]>>): DataLoader<number, V[]> {
  let l = cache.get(em);
  if (!l) {
    l = new DataLoader(async (ids: readonly number[]) => {
      const pairs = await load([...ids]);
      const byParent = new Map<number, V[]>();
      for (const [k, v] of pairs) {
        const list = byParent.get(k);
        if (list) list.push(v);
        else byParent.set(k, [v]);
      }
      return ids.map((id) => byParent.get(id) ?? []);
    });
    cache.set(em, l);
  }
  return l;
}
