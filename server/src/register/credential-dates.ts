import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { HomeCredential } from '../auth/home-credential.entity';

/** When each home of a request got its credential: one query for all the homes a page shows. */
const loaders = new WeakMap<EntityManager, DataLoader<number, Date | null>>();

export function credentialIssuedAt(em: EntityManager, homeId: number): Promise<Date | null> {
  let loader = loaders.get(em);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly number[]) => {
      const rows = await em.find(HomeCredential, { home: { $in: [...ids] } }, { fields: ['home', 'issuedAt'] });
      const byHome = new Map(rows.map((r) => [r.home.id, r.issuedAt]));
      return ids.map((id) => byHome.get(id) ?? null);
    });
    loaders.set(em, loader);
  }
  return loader.load(homeId);
}
