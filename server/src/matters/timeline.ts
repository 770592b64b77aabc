import type { EntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import { notFound } from '../common/errors';
import { groupedLoader, type GroupedLoaders } from '../common/grouped-loader';
import type { FastReads } from '../common/fast-reads';
import type { AppPubSub } from '../common/pubsub';
import { dateOf } from '../common/sql';
import type { MatterEventKind, MatterStatus } from './enums';
import { MatterEvent } from './matter-event.entity';
import { Matter } from './matter.entity';
import { queueNotification } from '../notifications';
import { matterText } from './texts';

/** A timeline entry read as a plain row: what the GraphQL type shows. */
export type MatterEventLike = Pick<MatterEvent, 'at' | 'status' | 'kind' | 'note' | 'progress'>;

/** One query for the timelines of all the matters (rows) a request shows, as plain rows. */
const timelines: GroupedLoaders<MatterEventLike> = new WeakMap();

export function timelineOf(em: EntityManager, reads: FastReads, matterId: number): Promise<MatterEventLike[]> {
  return groupedLoader(em, timelines, async (ids) => {
    const rows = await reads.all<{ matter_id: unknown; at: unknown; status: MatterStatus; kind: MatterEventKind; note: string | null; progress: unknown }>(
      em,
      `select matter_id, at, status, kind, note, progress from matter_event where matter_id in (${ids.map(() => '?').join(', ')}) order by at asc, id asc`,
      ids,
    );
    return rows.map((r) => [
      Number(r.matter_id),
      { at: dateOf(r.at), status: r.status, kind: r.kind, note: r.note, progress: r.progress == null ? null : Number(r.progress) },
    ]);
  }).load(matterId);
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
    const at = new Date();
    tx.create(MatterEvent, { matter: m, at, status: m.status, kind, note, progress: progress ?? null });
    // The resident who left a phone number hears of each step, in the same transaction.
    const text = m.contactPhone ? matterText(kind, { title: m.title, code: m.trackingCode }) : null;
    if (text) queueNotification(tx, { communityId: m.community.id, phone: m.contactPhone!, trackingCode: m.trackingCode, text, at });
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
