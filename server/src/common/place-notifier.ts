import type { EntityManager } from '@mikro-orm/knex';

/** Something new in a building: a matter raised or a repair reported there. */
export interface PlaceNews {
  buildingId: number;
  communityId: number;
  trackingCode: string;
  text: string;
  at: Date;
}

/** Tells those responsible for the buildings (the grid's building heads) of news, in the caller's transaction. */
export type PlaceNotifier = (tx: EntityManager, news: PlaceNews[]) => Promise<void>;
