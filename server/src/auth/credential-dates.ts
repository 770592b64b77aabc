import type { EntityManager } from '@mikro-orm/knex';
import { HomeCredential } from './home-credential.entity';
import { keyedLoader, type KeyedLoaders } from '../common/grouped-loader';

/** When each home of a request got its credential: one query for all the homes a page shows. */
const loaders: KeyedLoaders<Date | null> = new WeakMap();

export function credentialIssuedAt(em: EntityManager, homeId: number): Promise<Date | null> {
  return keyedLoader(em, loaders, null, async (ids) =>
    (await em.find(HomeCredential, { home: { $in: ids } }, { fields: ['home', 'issuedAt'] })).map((r) => [r.home.id, r.issuedAt] as [number, Date | null]),
  ).load(homeId);
}
