import { actsFor } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { conflict } from '../common/errors';
import { MatterActionKind, MatterCategory, MatterStatus, MatterStep, ResolutionOutcome } from './enums';

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

/**
 * Who may take each action (STREET_ADMIN always may, for every community) and when. Services
 * check the same roles; the status rules are the table above.
 */
export const ACTION_ROLES: Record<Exclude<MatterActionKind, 'SECOND' | 'RATE'>, readonly Role[]> = {
  TRIAGE: [Role.SECRETARY],
  MERGE: [Role.SECRETARY],
  SCHEDULE: [Role.SECRETARY],
  RESOLVE: [Role.SECRETARY],
  OPEN_VOTE: [Role.SECRETARY],
  CALCULATE_COST_SHARE: [Role.SECRETARY, Role.OFFICE],
  REPORT_PROGRESS: [Role.OFFICE],
  COMPLETE: [Role.OFFICE],
  RESOLVE_FOLLOW_UP: [Role.OFFICE],
  CREATE_WORK_ORDER: [Role.OFFICE],
};

interface MatterState {
  status: MatterStatus;
  communityId: number;
  category: MatterCategory;
  resolutionOutcome?: ResolutionOutcome | null;
  rating?: number | null;
  followUp: boolean;
}

const WHEN: Record<MatterActionKind, (m: MatterState) => boolean> = {
  SECOND: (m) => can(m.status, 'SECOND'),
  RATE: (m) => can(m.status, 'RATE') && m.rating == null,
  TRIAGE: (m) => can(m.status, 'TRIAGE_DELIBERATE'),
  MERGE: (m) => can(m.status, 'MERGE'),
  SCHEDULE: (m) => can(m.status, 'SCHEDULE'),
  RESOLVE: (m) => can(m.status, 'RESOLVE_EXECUTE') && m.resolutionOutcome == null,
  OPEN_VOTE: (m) => can(m.status, 'OPEN_VOTE') && m.resolutionOutcome === ResolutionOutcome.PUT_TO_VOTE,
  CALCULATE_COST_SHARE: (m) => m.category === MatterCategory.ELEVATOR && [S.SUBMITTED, S.ON_AGENDA, S.VOTING, S.IN_EXECUTION].includes(m.status),
  REPORT_PROGRESS: (m) => can(m.status, 'REPORT_PROGRESS'),
  COMPLETE: (m) => can(m.status, 'COMPLETE'),
  RESOLVE_FOLLOW_UP: (m) => m.followUp,
  CREATE_WORK_ORDER: (m) => m.status === S.IN_EXECUTION,
};

/** The actions this actor may take on this matter now, from the status table and the roles. */
export function allowedActions(m: MatterState, actor: Actor): MatterActionKind[] {
  return Object.values(MatterActionKind).filter((action) => {
    if (!WHEN[action](m)) return false;
    // Anyone holding the tracking code rates; a kiosk seconds by asking for a home code.
    if (action === MatterActionKind.RATE) return true;
    if (action === MatterActionKind.SECOND) return actor.kind === 'anonymous' || (actor.kind === 'resident' && actor.communityId === m.communityId);
    if (actor.kind !== 'staff' || !actsFor(actor, m.communityId)) return false;
    return actor.role === Role.STREET_ADMIN || ACTION_ROLES[action].includes(actor.role);
  });
}
