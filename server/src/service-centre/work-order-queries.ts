import type { EntityManager, FilterQuery } from '@mikro-orm/knex';
import { actsFor, isMemberOf, requireViewer } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { isCode, normaliseCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { badInput, forbidden } from '../common/errors';
import { WorkOrderStatus } from './enums';
import { WorkOrder } from './work-order.entity';

export enum WorkOrderSort {
  /** The running deadline nearest first: what a team works down. */
  DEADLINE = 'DEADLINE',
  NEWEST = 'NEWEST',
}

export interface WorkOrderListFilter {
  communityId?: number | null;
  teamId?: number | null;
  matterId?: number | null;
  status?: WorkOrderStatus[] | null;
  overdue?: boolean | null;
  followUp?: boolean | null;
  trackingCode?: string | null;
}

export interface WorkOrderPage {
  edges: Array<{ cursor: string; node: WorkOrder }>;
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const MAX_PAGE = 100;

/**
 * Who reads orders in lists: staff of the community (STREET_ADMIN every community), and service
 * staff their own teams' orders. Residents follow theirs by tracking code.
 */
export async function listWorkOrders(
  em: EntityManager,
  actor: Actor,
  filter: WorkOrderListFilter,
  page: { first?: number | null; after?: string | null; sort?: WorkOrderSort | null; offset?: number | null },
  now: Date,
): Promise<WorkOrderPage> {
  const viewer = requireViewer(actor);
  if (viewer.kind !== 'staff') throw forbidden('Work orders are listed for staff and service teams');
  const where: FilterQuery<WorkOrder> = {};
  if (viewer.role === Role.SERVICE_STAFF) {
    const teams = viewer.teamIds ?? [];
    if (filter.teamId != null && !teams.includes(filter.teamId)) throw forbidden("Another team's orders are not shown to you");
    where.team = filter.teamId ?? { $in: teams };
  } else {
    if (filter.communityId == null && viewer.communityIds !== 'ALL') where.community = { $in: viewer.communityIds };
    if (filter.teamId != null) where.team = filter.teamId;
  }
  if (filter.communityId != null) {
    if (!actsFor(viewer, filter.communityId)) throw forbidden('Orders of another community are not shown to you');
    where.community = filter.communityId;
  }
  if (filter.matterId != null) where.matter = filter.matterId;
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.overdue === true) where.dueAt = { $lt: now };
  if (filter.overdue === false) where.$or = [{ dueAt: null }, { dueAt: { $gte: now } }];
  if (filter.followUp != null) where.followUp = filter.followUp;
  if (filter.trackingCode != null) {
    const code = normaliseCode(filter.trackingCode);
    if (!isCode(code, TRACKING_CODE_LENGTH)) throw badInput(`A tracking code is ${TRACKING_CODE_LENGTH} letters and digits`, { field: 'trackingCode' });
    where.trackingCode = code;
  }

  const size = Math.min(Math.max(page.first ?? 50, 0), MAX_PAGE);
  if (page.offset != null && (!Number.isSafeInteger(page.offset) || page.offset < 0))
    throw badInput('offset is a whole number of at least 0', { field: 'offset' });
  const sort = page.sort ?? WorkOrderSort.NEWEST;
  const orderBy =
    sort === WorkOrderSort.DEADLINE
      ? [{ dueAt: 'asc nulls last' as const }, { id: 'asc' as const }]
      : [{ reportedAt: 'desc' as const }, { id: 'desc' as const }];
  // A cursor is the last row's place in the order (keyset), so orders arriving or leaving
  // between two page reads never make the next page repeat or skip one.
  const after = page.after ? afterCursor(sort, decodeCursor(page.after, sort)) : null;
  const [nodes, totalCount] = await Promise.all([
    em.find(WorkOrder, after ? { $and: [where, after] } : where, {
      orderBy,
      limit: size + 1,
      offset: after ? 0 : (page.offset ?? 0),
      // A row's building comes with it; items and teams are answered from the process's copy.
      populate: ['building'],
    }),
    em.count(WorkOrder, where),
  ]);
  const hasNextPage = nodes.length > size;
  const edges = nodes.slice(0, size).map((node) => ({ cursor: encodeCursor(sort, node), node }));
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

type Cursor = { s: WorkOrderSort; t: number | null; i: number };

function encodeCursor(sort: WorkOrderSort, o: WorkOrder): string {
  const at = sort === WorkOrderSort.DEADLINE ? o.dueAt : o.reportedAt;
  return Buffer.from(JSON.stringify({ s: sort, t: at ? at.getTime() : null, i: o.id } satisfies Cursor)).toString('base64url');
}

function decodeCursor(cursor: string, sort: WorkOrderSort): Cursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (c.s === sort && Number.isSafeInteger(c.i) && (c.t === null || Number.isSafeInteger(c.t))) return c;
  } catch {
    // falls through to the error below
  }
  throw badInput('after is not a cursor this server gave out for this sort', { field: 'after' });
}

/** The rows after the cursor's row in the list's order. */
function afterCursor(sort: WorkOrderSort, c: Cursor): FilterQuery<WorkOrder> {
  if (sort === WorkOrderSort.NEWEST) {
    const at = new Date(c.t ?? 0);
    return { $or: [{ reportedAt: { $lt: at } }, { reportedAt: at, id: { $lt: c.i } }] };
  }
  // Deadlines ascending, orders without one last.
  if (c.t === null) return { dueAt: null, id: { $gt: c.i } };
  const at = new Date(c.t);
  return { $or: [{ dueAt: { $gt: at } }, { dueAt: at, id: { $gt: c.i } }, { dueAt: null }] };
}

/** May this actor read the whole order (contact included): office-side staff of its community, or its team. */
export function readsWholeOrder(actor: Actor, o: { community: { id: number }; team?: { id: number } | null }): boolean {
  if (actor.kind !== 'staff') return false;
  if (actor.role === Role.SERVICE_STAFF) return isMemberOf(actor, o.team?.id);
  return actsFor(actor, o.community.id);
}

/** What a live subscriber watches: one order by its code, or the orders of a community or team. */
export interface OrderWatch {
  communityId: number | null;
  teamId: number | null;
  trackingCode: string | null;
}

/** One published change of an order: enough to decide who may see it without reading the order. */
export interface OrderChange {
  trackingCode: string;
  communityId: number;
  teamId: number | null;
}

/**
 * May this actor start watching: the same rights as listing the same orders. A tracking code is
 * the right to follow its one order; anything wider is for staff of the community and for
 * service staff of their own teams.
 */
export function checkOrderWatch(actor: Actor, watch: OrderWatch): void {
  if (watch.trackingCode !== null) {
    if (!isCode(watch.trackingCode, TRACKING_CODE_LENGTH))
      throw badInput(`A tracking code is ${TRACKING_CODE_LENGTH} letters and digits`, { field: 'trackingCode' });
    return;
  }
  const viewer = requireViewer(actor);
  if (viewer.kind !== 'staff') throw forbidden('Work orders are watched by staff and service teams, or one by its tracking code');
  if (viewer.role === Role.SERVICE_STAFF && watch.teamId !== null && !isMemberOf(viewer, watch.teamId))
    throw forbidden("Another team's orders are not shown to you");
  if (watch.communityId !== null && !actsFor(viewer, watch.communityId)) throw forbidden('Orders of another community are not shown to you');
}

/** Does this change reach this watcher: it matches what they watch and they may read the order. */
export function seesOrderChange(actor: Actor, watch: OrderWatch, change: OrderChange): boolean {
  if (watch.trackingCode !== null) return change.trackingCode === watch.trackingCode;
  if (watch.communityId !== null && change.communityId !== watch.communityId) return false;
  if (watch.teamId !== null && change.teamId !== watch.teamId) return false;
  return readsWholeOrder(actor, { community: { id: change.communityId }, team: change.teamId === null ? null : { id: change.teamId } });
}

/** The matters' port "may this matter complete?": not while an order carrying it out is open. */
export async function ordersBlockingCompletion(tx: EntityManager, matterId: number): Promise<string | null> {
  const open = await tx.count(WorkOrder, { matter: matterId, status: { $nin: [WorkOrderStatus.DONE, WorkOrderStatus.CANCELLED] } });
  return open > 0 ? `${open} work order(s) of this matter are not done yet` : null;
}
