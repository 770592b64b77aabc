import { graphql } from '../../gql';
import { WorkOrderStatus } from '../../gql/graphql';

/**
 * The documents of the team's phone, apart from its components: the normalised cache places each
 * live order into the cached list with them (lib/graphcache.ts), so an order event costs no request.
 */

/** What the cache needs of a changed order to place it in the lists that show it. */
export const OrderPlacement = graphql(`
  fragment OrderPlacement on WorkOrder {
    id
    status
    dueAt
    trackingCode
    overdue
    followUp
    community {
      id
    }
    team {
      id
    }
  }
`);

/** Orders still to be worked on: the team phone's list and the console's default filter. */
export const OPEN_ORDER_STATUSES: WorkOrderStatus[] = [
  WorkOrderStatus.Reported,
  WorkOrderStatus.Dispatched,
  WorkOrderStatus.Acknowledged,
  WorkOrderStatus.AwaitingCheck,
];

/** The team phone's list: its open orders, nearest deadline first (`first` as TEAM_LIST_SIZE). */
const TEAM_LIST_SIZE = 100;
export const teamListVariables = { filter: { status: OPEN_ORDER_STATUSES }, first: TEAM_LIST_SIZE };

export const TeamOrderList = graphql(`
  query TeamOrderList($filter: WorkOrderFilter, $first: Int) {
    workOrders(filter: $filter, sort: DEADLINE, first: $first) {
      totalCount
      edges {
        node {
          id
          ...TeamOrder
        }
      }
    }
  }
`);

export const TeamOrderFragment = graphql(`
  fragment TeamOrder on WorkOrder {
    id
    trackingCode
    status
    dueAt
    note
    overdue
    dueSoon
    reportedAt
    respondBy
    resolveBy
    contactPhone
    reporterCount
    urgeCount
    allowedActions
    item {
      code
      name
      standard
    }
    building {
      id
      name
    }
    team {
      id
    }
    timeline {
      at
      kind
      note
    }
  }
`);

export const TeamOrderLive = graphql(`
  subscription TeamOrderLive($teamId: ID!) {
    workOrderUpdated(teamId: $teamId) {
      ...TeamOrder
      ...OrderPlacement
    }
  }
`);
