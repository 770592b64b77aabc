import type { EntityManager } from '@mikro-orm/knex';
import { Notification } from './notification.entity';

/**
 * Writes a message for a resident's phone inside the caller's transaction: it exists exactly when
 * the change it tells of was committed, and the delivery worker sends it afterwards.
 */
export function queueNotification(tx: EntityManager, n: { communityId: number; phone: string; trackingCode: string; text: string; at: Date }): void {
  tx.create(Notification, {
    community: n.communityId,
    phone: n.phone,
    trackingCode: n.trackingCode,
    text: n.text.slice(0, 500),
    nextAttemptAt: n.at,
    createdAt: n.at,
  });
}
