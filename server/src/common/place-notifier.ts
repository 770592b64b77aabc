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

/**
 * News of buildings, from the features where it happens to those that tell someone of it: the
 * grid listens, matters and the service centre tell. Listeners run in the teller's transaction,
 * so a notice is queued with the change or not at all.
 */
export class BuildingNews {
  private readonly listeners: PlaceNotifier[] = [];

  listen(listener: PlaceNotifier) {
    this.listeners.push(listener);
  }

  async tell(tx: EntityManager, news: PlaceNews[]): Promise<void> {
    if (news.length === 0) return;
    for (const listener of this.listeners) await listener(tx, news);
  }
}
