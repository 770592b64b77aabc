import { registerEnumType } from 'type-graphql';
import type { Actor } from '../common/actor';
import { allowedActions as allowedOf, stateMachine } from '../common/state-machine';
import { isConventionStaff } from './access';
import { ConventionStage as S } from './enums';

type ConventionChange = 'OPEN_CONSULTATION' | 'TAKE_COMMENTS' | 'DECIDE_AMENDMENT' | 'PUBLISH_VERSION' | 'PUT_TO_VOTE' | 'VOTE_CLOSED';

/** The stages a convention moves through (定约 · 评约): the one table its services and its clients read. */
export const CONVENTION = stateMachine<S, ConventionChange>(
  'convention',
  {
    OPEN_CONSULTATION: { from: [S.DRAFTING, S.IN_FORCE, S.REJECTED], to: S.CONSULTATION, describe: 'open a consultation' },
    TAKE_COMMENTS: { from: [S.CONSULTATION], to: null, describe: 'take comments' },
    DECIDE_AMENDMENT: { from: [S.CONSULTATION], to: null, describe: 'have amendments decided' },
    PUBLISH_VERSION: { from: [S.CONSULTATION], to: null, describe: 'publish a version' },
    PUT_TO_VOTE: { from: [S.CONSULTATION], to: S.VOTING, describe: 'go to a vote' },
    VOTE_CLOSED: { from: [S.VOTING], to: null, describe: 'close a vote' },
  },
  'stage',
);

/** What the branch may do to a convention now, for the console to offer. */
export enum ConventionAction {
  OPEN_CONSULTATION = 'OPEN_CONSULTATION',
  DECIDE_AMENDMENTS = 'DECIDE_AMENDMENTS',
  PUBLISH_VERSION = 'PUBLISH_VERSION',
  /** Once the consultation's date has passed. */
  PUT_TO_VOTE = 'PUT_TO_VOTE',
}
registerEnumType(ConventionAction, { name: 'ConventionAction' });

type Asked = { stage: S; closesAt: Date | null; branch: boolean; now: Date };

const RULES: Record<ConventionAction, (a: Asked) => boolean> = {
  [ConventionAction.OPEN_CONSULTATION]: (a) => a.branch && CONVENTION.may(a.stage, 'OPEN_CONSULTATION'),
  [ConventionAction.DECIDE_AMENDMENTS]: (a) => a.branch && CONVENTION.may(a.stage, 'DECIDE_AMENDMENT'),
  [ConventionAction.PUBLISH_VERSION]: (a) => a.branch && CONVENTION.may(a.stage, 'PUBLISH_VERSION'),
  [ConventionAction.PUT_TO_VOTE]: (a) => a.branch && CONVENTION.may(a.stage, 'PUT_TO_VOTE') && (a.closesAt === null || a.closesAt <= a.now),
};

export function allowedConventionActions(
  c: { stage: S; consultationClosesAt?: Date | null },
  communityIds: number[],
  actor: Actor,
  now: Date,
): ConventionAction[] {
  return allowedOf(RULES, { stage: c.stage, closesAt: c.consultationClosesAt ?? null, branch: isConventionStaff(actor, communityIds), now });
}
