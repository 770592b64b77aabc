import type { MatterStatus, WorkOrderStatus } from '../../gql/graphql';

/**
 * One colour per status, the same in every table and card of the console: waiting on someone is
 * gold, in hand blue or cyan, with the owners purple, done green, stopped grey, failed red.
 */
export const MATTER_STATUS_COLOURS = {
  SUBMITTED: 'gold',
  ON_AGENDA: 'blue',
  VOTING: 'purple',
  IN_EXECUTION: 'cyan',
  COMPLETED: 'green',
  DECLINED: 'default',
  MERGED: 'default',
  VOTE_FAILED: 'red',
} as const satisfies Record<MatterStatus, string>;

export const ORDER_STATUS_COLOURS = {
  REPORTED: 'gold',
  DISPATCHED: 'blue',
  ACKNOWLEDGED: 'cyan',
  AWAITING_CHECK: 'purple',
  DONE: 'green',
  ON_LEDGER: 'orange',
  CANCELLED: 'default',
} as const satisfies Record<WorkOrderStatus, string>;
