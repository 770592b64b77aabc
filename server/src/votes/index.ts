/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { Vote } from './vote.entity';
import { Elector } from './elector.entity';
import { Ballot } from './ballot.entity';
import { CostPlan, CostShareRow } from './cost-plan.entity';
import { MatterVoteResolver, VotesResolver } from './votes.resolver';
import { voteServices } from './vote-services';

export { ScopeKind, VoteRule, VoteStatus } from './enums';
export { Ballot } from './ballot.entity';
export { CostPlan, CostShareRow } from './cost-plan.entity';
export { Elector } from './elector.entity';
export { Vote } from './vote.entity';
export { BallotsService } from './ballots.service';
export { VoteClosingService } from './closing.service';
export { CostShareService } from './cost-share.service';
export { MAX_VOTE_DAYS, VoteOpeningService } from './opening.service';
export { votersBetween } from './participation';
export { ballotDigest } from './receipts';
export { decide } from './rules';
export { VoteScheduler } from './scheduler';
export type { VoteServices } from './vote-services';

/** The feature, declared once: what the ORM and the schema take from it. */
export const votesFeature = defineFeature({
  name: 'votes',
  entities: [Vote, Elector, Ballot, CostPlan, CostShareRow],
  services: voteServices,
  resolvers: (s) => [new VotesResolver(s), new MatterVoteResolver()],
});
