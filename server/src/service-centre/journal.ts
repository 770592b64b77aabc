import type { Dialect } from '../common/dialect';
import type { EntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import type { AuditService } from '../audit';
import type { AppPubSub } from '../common/pubsub';
import { queueNotification } from '../notifications';
import { WorkOrderEventKind } from './enums';
import type { BuildingNews } from '../common/place-notifier';
import { orderText } from './texts';
import type { JournalStep } from './journal-step';
import { OrderChanges } from './order-change';
import type { ServiceReference } from './reference';
import { WorkOrderEvent } from './work-order-event.entity';

/**
 * Every change of an order, written the same way inside its transaction: a timeline event, an
 * audit row, and a text message to the reporter's phone when it is one they wait for; then, after
 * the commit, one live event.
 */
export class WorkOrderJournal {
  constructor(
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
    readonly reference: ServiceReference,
    readonly dialect: Dialect,
    /** Who else hears of a new order in a building (its building head). */
    private readonly buildingNews: BuildingNews,
  ) {
    this.changes = new OrderChanges(this);
  }

  /** Where every change of an existing order goes (group commit on SQLite). */
  readonly changes: OrderChanges;

  /** Steps of any orders, in order: one insert for the events and one for the audit rows, whatever their number. */
  async recordSteps(tx: EntityManager, steps: JournalStep[]): Promise<void> {
    if (steps.length === 0) return;
    const rows = steps.map((e) => ({ workOrder: e.order.id, at: e.at, status: e.status ?? e.order.status, kind: e.kind, note: e.note ?? null, by: e.by }));
    if (rows.length === 1) await tx.insert(WorkOrderEvent, rows[0]);
    else for (let i = 0; i < rows.length; i += 100) await tx.insertMany(WorkOrderEvent, rows.slice(i, i + 100));
    await this.audit.appendMany(
      tx,
      steps.map((e) => ({
        viewer: e.actor,
        action: `workOrder.${e.kind.toLowerCase()}`,
        matterId: e.order.matter?.id ?? null,
        details: { workOrderId: e.order.id, trackingCode: e.order.trackingCode, status: e.status ?? e.order.status, ...(e.note ? { note: e.note } : {}) },
      })),
    );
    const reported = steps.filter((e) => e.kind === WorkOrderEventKind.REPORTED && e.order.building);
    if (reported.length)
      await this.buildingNews.tell(
        tx,
        reported.map((e) => ({
          buildingId: e.order.building!.id,
          communityId: e.order.community.id,
          trackingCode: e.order.trackingCode,
          text: `楼内有新报修：${e.itemName}，查询码 ${e.order.trackingCode}`,
          at: e.at,
        })),
      );
    for (const e of steps) {
      const o = e.order;
      const text = o.contactPhone ? orderText(e.kind, { item: e.itemName, code: o.trackingCode, team: e.teamName ?? null, note: e.note ?? null }) : null;
      if (text) queueNotification(tx, { communityId: o.community.id, phone: o.contactPhone!, trackingCode: o.trackingCode, text, at: e.at });
    }
  }

  publish(o: { id: number; trackingCode: string; community: { id: number }; team?: { id: number } | null }) {
    this.pubSub.publish('WORK_ORDER_UPDATED', {
      eventId: randomUUID(),
      workOrderId: o.id,
      trackingCode: o.trackingCode,
      communityId: o.community.id,
      teamId: o.team?.id ?? null,
    });
  }
}
