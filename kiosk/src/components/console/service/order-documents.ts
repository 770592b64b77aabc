import { graphql } from '../../../gql';
import type { ConsoleOrderRowFragment } from '../../../gql/graphql';

/**
 * The documents of the console's orders, apart from its components: a live event carries the
 * whole row, and the normalised cache places it on the cached pages (lib/graphcache.ts), so an
 * order event costs no request.
 */

/** One row of the orders table: the same fields in the page and in each live event. */
export const ConsoleOrderRow = graphql(`
  fragment ConsoleOrderRow on WorkOrder {
    id
    trackingCode
    status
    dueAt
    overdue
    dueSoon
    followUp
    reportedAt
    respondBy
    resolveBy
    reporterCount
    urgeCount
    reworkCount
    ratingSpeed
    ratingQuality
    note
    reason
    contactPhone
    ratingComment
    allowedActions
    item {
      code
      name
    }
    building {
      id
      name
    }
    team {
      id
      name
    }
    timeline {
      at
      kind
      note
      by
    }
  }
`);

export const OrdersQuery = graphql(`
  query ConsoleWorkOrders($filter: WorkOrderFilter, $first: Int, $offset: Int) {
    workOrders(filter: $filter, first: $first, offset: $offset, sort: DEADLINE) {
      totalCount
      edges {
        node {
          id
          ...ConsoleOrderRow
        }
      }
    }
  }
`);

export const OrdersLive = graphql(`
  subscription ConsoleWorkOrdersLive($communityId: ID!) {
    workOrderUpdated(communityId: $communityId) {
      ...ConsoleOrderRow
      ...OrderPlacement
    }
  }
`);

export type ConsoleOrder = ConsoleOrderRowFragment;
