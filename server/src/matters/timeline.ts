import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { notFound } from '../common/errors';
import type { AppPubSub } from '../common/pubsub';
import type { MatterEventKind } from './enums';
import { MatterEvent } from './matter-event.entity';
import { Matter } from './matter.entity';

/** One query for the timelines of all the matters (rows) a request shows. */
const timelines = new WeakMap<EntityManager, DataLoader<number, MatterEvent[]>>();

export function timelineOf(em: EntityManager, matterId: number): Promise<MatterEvent[]> {
  let loader = timelines.get(em);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly number[]) => {
      const events = await em.find(MatterEvent, { matter: { $in: [...ids] } }, { orderBy: [{ at: 'asc' }, { id: 'asc' }] });
      const byMatter = new Map<number, MatterEvent[]>();
      for (const e of events) byMatter.set(e.matter.id, [...(byMatter.get(e.matter.id) ?? []), e]);
      return ids.map((id) => byMatter.get(id) ?? []);
    });
    timelines.set(em, loader);
  }
  return loader.load(matterId);
}

export async function findMatter(em: EntityManager, matterId: number): Promise<Matter> {
  const m = await em.findOne(Matter, { id: matterId });
  if (!m) throw notFound('Matter');
  return m;
}

/** A matter's timeline and its live publication: every change is an event, then a message to subscribers. */
export class MatterTimeline {
  constructor(private readonly pubSub: AppPubSub) {}

  addEvent(tx: EntityManager, m: Matter, kind: MatterEventKind, note: string | null, progress?: number) {
    tx.create(MatterEvent, { matter: m, at: new Date(), status: m.status, kind, note, progress: progress ?? null });
  }

  async reloadAndPublish(em: EntityManager, matterId: number): Promise<Matter> {
    const m = await em.findOneOrFail(Matter, matterId, { refresh: true });
    if (m.events.isInitialized()) await m.events.load({ refresh: true });
    this.publish(m);
    return m;
  }

  publish(m: Matter) {
    this.pubSub.publish('MATTER_UPDATED', { eventId: randomUUID(), matterId: m.id, pavilionId: m.pavilion.id, communityId: m.community.id });
  }
}
