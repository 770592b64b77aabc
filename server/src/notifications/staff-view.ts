import type { EntityManager, FilterQuery } from '@mikro-orm/knex';
import { requireStaff, requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { conflict, notFound } from '../common/errors';
import { Notification, NotificationStatus } from './notification.entity';

const OFFICE = [Role.OFFICE] as const;

/** Staff see what was sent to their community's residents, and send a failed message again. */
export async function listNotifications(
  em: EntityManager,
  actor: Actor,
  communityId: number | null,
  status: NotificationStatus | null,
  first: number,
): Promise<Notification[]> {
  const viewer = communityId ? requireStaffOf(actor, communityId, OFFICE) : requireStaff(actor, [Role.STREET_ADMIN, Role.OFFICE]);
  const where: FilterQuery<Notification> = {};
  if (communityId) where.community = communityId;
  else if (viewer.communityIds !== 'ALL') where.community = { $in: viewer.communityIds };
  if (status) where.status = status;
  return em.find(Notification, where, { orderBy: { id: 'desc' }, limit: Math.min(Math.max(first, 1), 200) });
}

export async function retryNotification(em: EntityManager, actor: Actor, id: number): Promise<Notification> {
  const n = await em.findOne(Notification, { id });
  if (!n) throw notFound('Notification');
  requireStaffOf(actor, n.community.id, OFFICE);
  if (n.status !== NotificationStatus.FAILED) throw conflict(`Only a FAILED message is sent again; this one is ${n.status}`, { status: n.status });
  n.status = NotificationStatus.PENDING;
  n.attempts = 0;
  n.nextAttemptAt = new Date();
  n.lastError = null;
  await em.flush();
  return n;
}
