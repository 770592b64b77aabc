import type { EntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import type { AuditActor, AuditService } from '../audit/audit.service';
import type { AppPubSub } from '../common/pubsub';
import { queueNotification } from '../notifications/outbox';
import { orderText } from '../notifications/texts';
import type { WorkOrderEventKind, WorkOrderStatus } from './enums';
import type { ServiceReference } from './reference';
import { WorkOrderEvent } from './work-order-event.entity';
import type { WorkOrder } from './work-order.entity';

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
  ) {}

  async record(
    tx: EntityManager,
    o: WorkOrder,
    e: { kind: WorkOrderEventKind; at: Date; note?: string | null; by: string; actor: AuditActor; itemName: string; teamName?: string | null },
  ): Promise<void> {
    await this.recordMany(tx, o, [e]);
  }

  /** Several steps of one order at once (a report that is dispatched at once): one insert each for events and audit rows. */
  async recordMany(
    tx: EntityManager,
    o: WorkOrder,
    events: Array<{
      kind: WorkOrderEventKind;
      at: Date;
      note?: string | null;
      by: string;
      actor: AuditActor;
      itemName: string;
      teamName?: string | null;
      status?: WorkOrderStatus;
    }>,
  ): Promise<void> {
    const rows = events.map((e) => ({ workOrder: o.id, at: e.at, status: e.status ?? o.status, kind: e.kind, note: e.note ?? null, by: e.by }));
    if (rows.length === 1) await tx.insert(WorkOrderEvent, rows[0]);
    else await tx.insertMany(WorkOrderEvent, rows);
    await this.audit.appendMany(
      tx,
      events.map((e) => ({
        viewer: e.actor,
        action: `workOrder.${e.kind.toLowerCase()}`,
        matterId: o.matter?.id ?? null,
        details: { workOrderId: o.id, trackingCode: o.trackingCode, status: e.status ?? o.status, ...(e.note ? { note: e.note } : {}) },
      })),
    );
    for (const e of events) {
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
