import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';

/**
 * The one batching idiom of every list field: a loader per request (its entity manager) and
 * purpose, so a page of parents reads all their children in one statement. `cache` names the
 * purpose; declare it once beside the field, `new WeakMap()`.
 */
export type GroupedLoaders<V> = WeakMap<EntityManager, DataLoader<number, V[]>>;
export type KeyedLoaders<V> = WeakMap<EntityManager, DataLoader<number, V>>;

/**
 * The children of every parent a request shows, in one statement: `load` reads them for all the
 * parents' ids at once and answers [parent id, child] pairs, in the order the children are shown.
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

/**
 * One value per key for every key a request shows (a count, a date, a row), in one statement:
 * `load` answers [key, value] pairs; a key it leaves out gets `missing`.
 */
export function keyedLoader<V>(
  em: EntityManager,
  cache: KeyedLoaders<V>,
  missing: V,
  load: (ids: number[]) => Promise<Array<[number, V]>>,
): DataLoader<number, V> {
  let l = cache.get(em);
  if (!l) {
    l = new DataLoader(async (ids: readonly number[]) => {
      const byKey = new Map(await load([...ids]));
      return ids.map((id) => (byKey.has(id) ? byKey.get(id)! : missing));
    });
    cache.set(em, l);
  }
  return l;
}
