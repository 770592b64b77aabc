import type { MatterStatus, WorkOrderStatus } from '../../gql/graphql';

/** Dark shades with white text: every tag reads at 4.5:1 or more (Ant's light preset tags do not in gold, green or cyan). */
const WAITING = '#874d00';
const IN_HAND = '#0958d9';
const MOVING = '#006d75';
const OWNERS = '#531dab';
const DONE = '#237804';
const FAILED = '#a8071a';
const SET_ASIDE = '#ad4e00';
const STOPPED = 'default';

/**
 * One colour per status, the same in every table and card of the console: waiting on someone is
 * gold, in hand blue or cyan, with the owners purple, done green, set aside orange, stopped grey,
 * failed red.
 */
export const MATTER_STATUS_COLOURS = {
  SUBMITTED: WAITING,
  ON_AGENDA: IN_HAND,
  VOTING: OWNERS,
  IN_EXECUTION: MOVING,
  COMPLETED: DONE,
  DECLINED: STOPPED,
  MERGED: STOPPED,
  VOTE_FAILED: FAILED,
} as const satisfies Record<MatterStatus, string>;

export const ORDER_STATUS_COLOURS = {
  REPORTED: WAITING,
  DISPATCHED: IN_HAND,
  ACKNOWLEDGED: MOVING,
  AWAITING_CHECK: OWNERS,
  DONE: DONE,
  ON_LEDGER: SET_ASIDE,
  CANCELLED: STOPPED,
} as const satisfies Record<WorkOrderStatus, string>;
