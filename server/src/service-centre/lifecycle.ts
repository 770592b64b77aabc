import { stateMachine } from '../common/state-machine';
import { WorkOrderStatus as S } from './enums';

/** Each change of an order: the statuses it may start from and the status it leads to (null: unchanged). */
type Change = 'DISPATCH' | 'ACKNOWLEDGE' | 'NOTE' | 'FINISH' | 'ACCEPT' | 'SEND_BACK' | 'PUT_ON_LEDGER' | 'CANCEL' | 'URGE' | 'REOPEN' | 'RATE' | 'TO_BRANCH';

const ORDER = stateMachine<S, Change>('work order', {
  DISPATCH: { from: [S.REPORTED, S.DISPATCHED, S.ACKNOWLEDGED, S.ON_LEDGER], to: S.DISPATCHED },
  ACKNOWLEDGE: { from: [S.DISPATCHED], to: S.ACKNOWLEDGED },
  NOTE: { from: [S.REPORTED, S.DISPATCHED, S.ACKNOWLEDGED, S.AWAITING_CHECK, S.ON_LEDGER], to: null },
  FINISH: { from: [S.ACKNOWLEDGED], to: S.AWAITING_CHECK },
  ACCEPT: { from: [S.AWAITING_CHECK], to: S.DONE },
  SEND_BACK: { from: [S.AWAITING_CHECK], to: S.ACKNOWLEDGED },
  PUT_ON_LEDGER: { from: [S.REPORTED, S.DISPATCHED, S.ACKNOWLEDGED], to: S.ON_LEDGER },
  CANCEL: { from: [S.REPORTED, S.DISPATCHED, S.ACKNOWLEDGED, S.ON_LEDGER], to: S.CANCELLED },
  URGE: { from: [S.REPORTED, S.DISPATCHED, S.ACKNOWLEDGED], to: null },
  REOPEN: { from: [S.DONE], to: S.DISPATCHED },
  RATE: { from: [S.DONE], to: null },
  /** The order waits on the ledger for the matter it becomes. */
  TO_BRANCH: { from: [S.ON_LEDGER], to: null },
});

export type WorkOrderChange = Change;

export const may = ORDER.may;

/** The status after `change`, or CONFLICT naming the status that does not allow it. */
export const after = ORDER.next;

/** Days after DONE in which the reporter may reopen the order (rework). */
export const REOPEN_DAYS = 7;
