import { describe, expect, it } from 'vitest';
import { belongs, placeOn, type PlacedOrder } from '../src/lib/order-placement';
import { WorkOrderStatus } from '../src/gql/graphql';

const order = (id: string, dueAt: string | null, status: WorkOrderStatus = WorkOrderStatus.Dispatched): PlacedOrder => ({
  __typename: 'WorkOrder',
  id,
  status,
  dueAt,
  trackingCode: `CODE${id.padStart(4, '0')}`,
  overdue: false,
  followUp: false,
  community: { id: '1' },
  team: { id: '7' },
});
const list = (...orders: PlacedOrder[]) => ({ totalCount: orders.length + 10, edges: orders.map((node) => ({ node })) });
const ids = (l: { edges: Array<{ node: { id: string } }> }) => l.edges.map((e) => e.node.id);
const OPEN = { status: [WorkOrderStatus.Reported, WorkOrderStatus.Dispatched, WorkOrderStatus.Acknowledged, WorkOrderStatus.AwaitingCheck] };

describe('placing a live order on cached lists', () => {
  it('knows which lists an order belongs to, as the server would answer them', () => {
    expect(belongs(OPEN, order('1', null))).toBe(true);
    expect(belongs(OPEN, order('1', null, WorkOrderStatus.Done))).toBe(false);
    expect(belongs({ communityId: '2' }, order('1', null))).toBe(false);
    expect(belongs({ teamId: '7' }, order('1', null))).toBe(true);
    expect(belongs({ trackingCode: 'code 0001' }, order('1', null, WorkOrderStatus.Done))).toBe(true);
  });

  it('brings a new order in at its deadline on the first page, counts it on later ones, and takes out one that left the filter', () => {
    const page = list(order('1', '2026-12-02T01:00:00Z'), order('2', '2026-12-02T03:00:00Z'), order('3', null));
    const placed = placeOn(page, OPEN, 3, 0, order('9', '2026-12-02T02:00:00Z'));
    expect(ids(placed)).toEqual(['1', '9', '2']);
    expect(placed.totalCount).toBe(page.totalCount + 1);
    const later = placeOn(page, OPEN, 3, 3, order('9', '2026-12-02T02:00:00Z'));
    expect(ids(later)).toEqual(['1', '2', '3']);
    expect(later.totalCount).toBe(page.totalCount + 1);
    const left = placeOn(page, OPEN, 3, 0, order('2', '2026-12-02T03:00:00Z', WorkOrderStatus.Done));
    expect(ids(left)).toEqual(['1', '3']);
    expect(left.totalCount).toBe(page.totalCount - 1);
    // Shown and still in: it keeps its place, whatever its new deadline.
    expect(ids(placeOn(page, OPEN, 3, 0, order('1', '2026-12-09T00:00:00Z', WorkOrderStatus.Acknowledged)))).toEqual(['1', '2', '3']);
  });
});
