import type { EntityManager, FilterQuery } from '@mikro-orm/knex';
import { actsFor, isMemberOf, requireViewer } from '../auth/guards';
import { Role } from '../auth/role';
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
  const offset = page.after ? decodeOffset(page.after) : (page.offset ?? 0);
  const orderBy =
    page.sort === WorkOrderSort.DEADLINE
      ? [{ dueAt: 'asc nulls last' as const }, { id: 'asc' as const }]
      : [{ reportedAt: 'desc' as const }, { id: 'desc' as const }];
  const [nodes, totalCount] = await em.findAndCount(WorkOrder, where, {
    orderBy,
    limit: size,
    offset,
    // A row's building comes with it; items and teams are answered from the process's copy.
    populate: ['building'],
  });
  const edges = nodes.map((node, i) => ({ cursor: encodeOffset(offset + i + 1), node }));
  return { edges, totalCount, pageInfo: { hasNextPage: offset + nodes.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** May this actor read the whole order (contact included): office-side staff of its community, or its team. */
export function readsWholeOrder(actor: Actor, o: { community: { id: number }; team?: { id: number } | null }): boolean {
  if (actor.kind !== 'staff') return false;
  if (actor.role === Role.SERVICE_STAFF) return isMemberOf(actor, o.team?.id);
  return actsFor(actor, o.community.id);
}

function encodeOffset(n: number): string {
  return Buffer.from(JSON.stringify({ o: n })).toString('base64url');
}

function decodeOffset(cursor: string): number {
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: unknown };
    if (Number.isSafeInteger(o) && (o as number) >= 0) return o as number;
  } catch {
    // falls through to the error below
  }
  throw badInput('after is not a cursor this server gave out', { field: 'after' });
}
