import type { Cache, Data } from '@urql/exchange-graphcache';
import { OrdersQuery } from '../components/console/service/order-documents';
import { TeamOrderList, teamListVariables } from '../components/service/order-documents';
import type { WorkOrderFilter, WorkOrderStatus } from '../gql/graphql';

/** What the cache needs of a changed order to place it (the OrderPlacement fragment). */
export type PlacedOrder = Data & {
  id: string;
  status: WorkOrderStatus;
  dueAt: string | null;
  trackingCode: string;
  overdue: boolean;
  followUp: boolean;
  community: { id: string };
  team: { id: string } | null;
};

type OrderFilter = WorkOrderFilter;

type OrderList = { totalCount: number; edges: Array<{ node: { id: string } }> };

/** Whether the order belongs in a list read with this filter, as the server would answer it. */
export function belongs(f: OrderFilter | null | undefined, o: PlacedOrder): boolean {
  if (!f) return true;
  if (f.trackingCode) return f.trackingCode.replace(/[\s-]/g, '').toUpperCase() === o.trackingCode;
  if (f.communityId && f.communityId !== o.community.id) return false;
  if (f.teamId && f.teamId !== o.team?.id) return false;
  if (f.status?.length && !f.status.includes(o.status)) return false;
  if (f.overdue != null && f.overdue !== o.overdue) return false;
  if (f.followUp != null && f.followUp !== o.followUp) return false;
  return true;
}

/** The lists' order (DEADLINE): the running deadline first, orders without one last, then by id. */
function byDeadline(a: { dueAt?: string | null; id: string }, b: { dueAt?: string | null; id: string }): number {
  if ((a.dueAt ?? null) !== (b.dueAt ?? null)) {
    if (a.dueAt == null) return 1;
    if (b.dueAt == null) return -1;
    return Date.parse(a.dueAt) - Date.parse(b.dueAt);
  }
  return Number(a.id) - Number(b.id);
}

/**
 * One page of a list: an order that no longer belongs leaves it; one that newly belongs comes in
 * at its place on the first page (later pages only count it). Orders already shown keep their
 * place, so a list never re-sorts under the thumb.
 */
export function placeOn<L extends OrderList>(list: L, filter: OrderFilter | null | undefined, first: number, offset: number, o: PlacedOrder): L {
  const shown = list.edges.some((e) => e.node.id === o.id);
  const fits = belongs(filter, o);
  if (shown && !fits) return { ...list, totalCount: list.totalCount - 1, edges: list.edges.filter((e) => e.node.id !== o.id) };
  if (shown || !fits) return list;
  if (offset > 0) return { ...list, totalCount: list.totalCount + 1 };
  const edges = [...list.edges];
  const at = edges.findIndex((e) => byDeadline(o, e.node as { id: string; dueAt?: string | null }) < 0);
  edges.splice(at < 0 ? edges.length : at, 0, { __typename: 'WorkOrderEdge', node: o } as unknown as L['edges'][number]);
  return { ...list, totalCount: list.totalCount + 1, edges: edges.slice(0, first) };
}

/**
 * An order's change, as a subscription brings it, placed on every cached list that shows orders:
 * the team phone's and each page the console has read. Its fields are already in the normalised
 * cache, so every row showing it follows by itself: no request goes out.
 */
export function placeOrder(cache: Cache, o: PlacedOrder) {
  const team = teamListVariables;
  cache.updateQuery({ query: TeamOrderList, variables: team }, (data) =>
    data ? { ...data, workOrders: placeOn(data.workOrders, team.filter, team.first, 0, o) } : null,
  );
  for (const field of cache.inspectFields('Query')) {
    const args = field.arguments as { filter?: OrderFilter; first?: number; offset?: number } | null;
    if (field.fieldName !== 'workOrders' || args?.offset == null || args.first == null) continue;
    const variables = { filter: args.filter, first: args.first, offset: args.offset };
    cache.updateQuery({ query: OrdersQuery, variables }, (data) =>
      data ? { ...data, workOrders: placeOn(data.workOrders, args.filter, args.first!, args.offset!, o) } : null,
    );
  }
}
