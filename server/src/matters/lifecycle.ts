import { actsFor } from '../common/guards';
import { Role } from '../common/role';
import type { Actor } from '../common/actor';
import { allowedActions as allowedOf, stateMachine } from '../common/state-machine';
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
const MATTER = stateMachine<MatterStatus, MatterAction>('matter', {
  TRIAGE_DELIBERATE: { from: [S.SUBMITTED], to: S.ON_AGENDA, describe: 'be triaged' },
  TRIAGE_ROUTE_TO_OFFICE: { from: [S.SUBMITTED], to: S.IN_EXECUTION, describe: 'be triaged' },
  TRIAGE_DECLINE: { from: [S.SUBMITTED], to: S.DECLINED, describe: 'be triaged' },
  MERGE: { from: [S.SUBMITTED, S.ON_AGENDA], to: S.MERGED, describe: 'be merged into another matter' },
  MERGE_TARGET: { from: [S.SUBMITTED, S.ON_AGENDA, S.VOTING, S.IN_EXECUTION], to: null, describe: 'take in a merged matter' },
  SECOND: { from: [S.SUBMITTED, S.ON_AGENDA], to: null, describe: 'be seconded' },
  SCHEDULE: { from: [S.ON_AGENDA], to: null, describe: 'be put on a meeting agenda' },
  RESOLVE_EXECUTE: { from: [S.ON_AGENDA], to: S.IN_EXECUTION, describe: 'get a resolution' },
  RESOLVE_PUT_TO_VOTE: { from: [S.ON_AGENDA], to: null, describe: 'get a resolution' },
  RESOLVE_DECLINE: { from: [S.ON_AGENDA], to: S.DECLINED, describe: 'get a resolution' },
  OPEN_VOTE: { from: [S.ON_AGENDA], to: S.VOTING, describe: 'be put to a vote' },
  VOTE_PASSED: { from: [S.VOTING], to: S.IN_EXECUTION, describe: 'close a vote' },
  VOTE_FAILED: { from: [S.VOTING], to: S.VOTE_FAILED, describe: 'close a vote' },
  REPORT_PROGRESS: { from: [S.IN_EXECUTION], to: null, describe: 'get a progress report' },
  COMPLETE: { from: [S.IN_EXECUTION], to: S.COMPLETED, describe: 'be completed' },
  RATE: { from: [S.COMPLETED], to: null, describe: 'be rated' },
});

export const can = MATTER.may;

/** The status after `action`, or CONFLICT naming the current status. */
export const next = MATTER.next;

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
export const OPEN_STATUSES: readonly MatterStatus[] = MATTER.from('MERGE_TARGET');

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

/** Whose action each is: anyone with the code rates; a kiosk or a resident of the community seconds; staff by role. */
function mayAct(action: MatterActionKind, m: MatterState, actor: Actor): boolean {
  if (action === MatterActionKind.RATE) return true;
  if (action === MatterActionKind.SECOND) return actor.kind === 'anonymous' || (actor.kind === 'resident' && actor.communityId === m.communityId);
  if (actor.kind !== 'staff' || !actsFor(actor, m.communityId)) return false;
  return actor.role === Role.STREET_ADMIN || ACTION_ROLES[action].includes(actor.role);
}

/** When each action applies to the matter, whoever asks. */
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

type Asked = { m: MatterState; actor: Actor };

/** Each action's rule: it applies now, and this actor may take it. */
const RULES = Object.fromEntries(
  (Object.keys(WHEN) as MatterActionKind[]).map((action) => [action, ({ m, actor }: Asked) => WHEN[action](m) && mayAct(action, m, actor)]),
) as Record<MatterActionKind, (a: Asked) => boolean>;

/** The actions this actor may take on this matter now, from the status table and the roles. */
export function allowedActions(m: MatterState, actor: Actor): MatterActionKind[] {
  return allowedOf(RULES, { m, actor });
}
