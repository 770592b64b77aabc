import type { EntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import type { AuditActor, AuditService } from '../audit/audit.service';
import type { AppPubSub } from '../common/pubsub';
import { queueNotification } from '../notifications/outbox';
import { orderText } from '../notifications/texts';
import type { WorkOrderEventKind } from './enums';
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
  ) {}

  async record(
    tx: EntityManager,
    o: WorkOrder,
    e: { kind: WorkOrderEventKind; at: Date; note?: string | null; by: string; actor: AuditActor; itemName: string; teamName?: string | null },
  ): Promise<void> {
    tx.create(WorkOrderEvent, { workOrder: o, at: e.at, status: o.status, kind: e.kind, note: e.note ?? null, by: e.by });
    await this.audit.append(tx, e.actor, `workOrder.${e.kind.toLowerCase()}`, o.matter?.id ?? null, {
      workOrderId: o.id,
      trackingCode: o.trackingCode,
      status: o.status,
      ...(e.note ? { note: e.note } : {}),
    });
    const text = o.contactPhone ? orderText(e.kind, { item: e.itemName, code: o.trackingCode, team: e.teamName ?? null, note: e.note ?? null }) : null;
    if (text) queueNotification(tx, { communityId: o.community.id, phone: o.contactPhone!, trackingCode: o.trackingCode, text, at: e.at });
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
