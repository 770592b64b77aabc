import { registerEnumType } from 'type-graphql';

export enum ServiceTeamKind {
  CLEANING = 'CLEANING',
  REPAIR = 'REPAIR',
  PATROL = 'PATROL',
}
registerEnumType(ServiceTeamKind, { name: 'ServiceTeamKind' });

export enum WorkOrderStatus {
  REPORTED = 'REPORTED',
  DISPATCHED = 'DISPATCHED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  AWAITING_CHECK = 'AWAITING_CHECK',
  DONE = 'DONE',
  ON_LEDGER = 'ON_LEDGER',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WorkOrderStatus, {
  name: 'WorkOrderStatus',
  valuesConfig: { ON_LEDGER: { description: 'Put on the ledger (挂账) with a written reason: it cannot be done in time.' } },
});

/** What happened at one step of an order's timeline. */
export enum WorkOrderEventKind {
  REPORTED = 'REPORTED',
  /** Another report of the same item in the same building folded in. */
  FOLDED = 'FOLDED',
  DISPATCHED = 'DISPATCHED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  NOTE = 'NOTE',
  FINISHED = 'FINISHED',
  CHECK_ACCEPTED = 'CHECK_ACCEPTED',
  SENT_BACK = 'SENT_BACK',
  ON_LEDGER = 'ON_LEDGER',
  CANCELLED = 'CANCELLED',
  URGED = 'URGED',
  REOPENED = 'REOPENED',
  RATED = 'RATED',
  /** The respond deadline is near and the order is not acknowledged. */
  RESPOND_DUE_SOON = 'RESPOND_DUE_SOON',
  /** The resolve deadline is near and the order is not done. */
  RESOLVE_DUE_SOON = 'RESOLVE_DUE_SOON',
  FOLLOW_UP_RESOLVED = 'FOLLOW_UP_RESOLVED',
  /** On the ledger, it went to the branch as a matter (funds, the owners' decision); the note is the matter's code. */
  TO_BRANCH = 'TO_BRANCH',
}
registerEnumType(WorkOrderEventKind, { name: 'WorkOrderEventKind' });

/** What someone may do to an order; the kiosk and the console offer exactly these. */
export enum WorkOrderAction {
  DISPATCH = 'DISPATCH',
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  NOTE = 'NOTE',
  FINISH = 'FINISH',
  CHECK = 'CHECK',
  PUT_ON_LEDGER = 'PUT_ON_LEDGER',
  CANCEL = 'CANCEL',
  URGE = 'URGE',
  REOPEN = 'REOPEN',
  RATE = 'RATE',
  RESOLVE_FOLLOW_UP = 'RESOLVE_FOLLOW_UP',
  TO_BRANCH = 'TO_BRANCH',
}
registerEnumType(WorkOrderAction, { name: 'WorkOrderAction' });

/** How an order reached the centre. */
export enum WorkOrderSource {
  KIOSK = 'KIOSK',
  RESIDENT = 'RESIDENT',
  PHONE_CALL = 'PHONE_CALL',
  MATTER = 'MATTER',
}
registerEnumType(WorkOrderSource, { name: 'WorkOrderSource' });

export const OPEN_STATUSES: readonly WorkOrderStatus[] = [
  WorkOrderStatus.REPORTED,
  WorkOrderStatus.DISPATCHED,
  WorkOrderStatus.ACKNOWLEDGED,
  WorkOrderStatus.AWAITING_CHECK,
];

/** Statuses a new report of the same item and building folds into: the centre already knows. */
export const FOLDING_STATUSES: readonly WorkOrderStatus[] = [...OPEN_STATUSES, WorkOrderStatus.ON_LEDGER];
