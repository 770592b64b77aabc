import { conflict } from '../common/errors';
import { MatterStatus, MatterStep } from './enums';

/**
 * The one place that knows which status may follow which. Services ask `next` before changing a
 * matter; an action that the current status does not allow answers CONFLICT naming that status.
 */
export type MatterAction =
  | 'TRIAGE_DELIBERATE'
  | 'TRIAGE_ROUTE_TO_OFFICE'
  | 'TRIAGE_DECLINE'
  | 'MERGE'
  | 'MERGE_TARGET'
  | 'SECOND'
  | 'SCHEDULE'
  | 'RESOLVE_EXECUTE'
  | 'RESOLVE_PUT_TO_VOTE'
  | 'RESOLVE_DECLINE'
  | 'OPEN_VOTE'
  | 'VOTE_PASSED'
  | 'VOTE_FAILED'
  | 'REPORT_PROGRESS'
  | 'COMPLETE'
  | 'RATE';

const S = MatterStatus;
const RULES: Record<MatterAction, { from: readonly MatterStatus[]; to: MatterStatus | 'SAME' }> = {
  TRIAGE_DELIBERATE: { from: [S.SUBMITTED], to: S.ON_AGENDA },
  TRIAGE_ROUTE_TO_OFFICE: { from: [S.SUBMITTED], to: S.IN_EXECUTION },
  TRIAGE_DECLINE: { from: [S.SUBMITTED], to: S.DECLINED },
  MERGE: { from: [S.SUBMITTED, S.ON_AGENDA], to: S.MERGED },
  MERGE_TARGET: { from: [S.SUBMITTED, S.ON_AGENDA, S.VOTING, S.IN_EXECUTION], to: 'SAME' },
  SECOND: { from: [S.SUBMITTED, S.ON_AGENDA], to: 'SAME' },
  SCHEDULE: { from: [S.ON_AGENDA], to: 'SAME' },
  RESOLVE_EXECUTE: { from: [S.ON_AGENDA], to: S.IN_EXECUTION },
  RESOLVE_PUT_TO_VOTE: { from: [S.ON_AGENDA], to: 'SAME' },
  RESOLVE_DECLINE: { from: [S.ON_AGENDA], to: S.DECLINED },
  OPEN_VOTE: { from: [S.ON_AGENDA], to: S.VOTING },
  VOTE_PASSED: { from: [S.VOTING], to: S.IN_EXECUTION },
  VOTE_FAILED: { from: [S.VOTING], to: S.VOTE_FAILED },
  REPORT_PROGRESS: { from: [S.IN_EXECUTION], to: 'SAME' },
  COMPLETE: { from: [S.IN_EXECUTION], to: S.COMPLETED },
  RATE: { from: [S.COMPLETED], to: 'SAME' },
};

const DESCRIBE: Record<MatterAction, string> = {
  TRIAGE_DELIBERATE: 'be triaged',
  TRIAGE_ROUTE_TO_OFFICE: 'be triaged',
  TRIAGE_DECLINE: 'be triaged',
  MERGE: 'be merged into another matter',
  MERGE_TARGET: 'take in a merged matter',
  SECOND: 'be seconded',
  SCHEDULE: 'be put on a meeting agenda',
  RESOLVE_EXECUTE: 'get a resolution',
  RESOLVE_PUT_TO_VOTE: 'get a resolution',
  RESOLVE_DECLINE: 'get a resolution',
  OPEN_VOTE: 'be put to a vote',
  VOTE_PASSED: 'close a vote',
  VOTE_FAILED: 'close a vote',
  REPORT_PROGRESS: 'get a progress report',
  COMPLETE: 'be completed',
  RATE: 'be rated',
};

export function can(status: MatterStatus, action: MatterAction): boolean {
  return RULES[action].from.includes(status);
}

/** The status after `action`, or CONFLICT naming the current status. */
export function next(status: MatterStatus, action: MatterAction): MatterStatus {
  const rule = RULES[action];
  if (!rule.from.includes(status)) {
    throw conflict(`A matter that is ${status} cannot ${DESCRIBE[action]}`, { status });
  }
  return rule.to === 'SAME' ? status : rule.to;
}

export function stepOf(status: MatterStatus): MatterStep {
  switch (status) {
    case S.SUBMITTED:
      return MatterStep.RAISE;
    case S.ON_AGENDA:
    case S.VOTING:
      return MatterStep.DELIBERATE;
    case S.IN_EXECUTION:
      return MatterStep.EXECUTE;
    default:
      return MatterStep.DONE;
  }
}

export function statusesOf(step: MatterStep): MatterStatus[] {
  return Object.values(MatterStatus).filter((s) => stepOf(s) === step);
}

/** Matters that are still being worked on and can take in a duplicate. */
export const OPEN_STATUSES: readonly MatterStatus[] = RULES.MERGE_TARGET.from;
