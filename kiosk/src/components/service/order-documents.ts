import { graphql } from '../../gql';

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

export const TeamOrderList = graphql(`
  query TeamOrderList {
    workOrders(filter: { status: [REPORTED, DISPATCHED, ACKNOWLEDGED, AWAITING_CHECK] }, sort: DEADLINE, first: 100) {
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
