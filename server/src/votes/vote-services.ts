import type { AuditService } from '../audit';
import type { Kit } from '../common/feature';
import type { MatterServices } from '../matters';
import type { StatsService } from '../stats';
import { BallotsService } from './ballots.service';
import { VoteClosingService } from './closing.service';
import { CostShareService } from './cost-share.service';
import { VoteOpeningService } from './opening.service';
import { votersBetween } from './participation';

/** The four parts of a vote's life. */
export interface VoteServices {
  opening: VoteOpeningService;
  closing: VoteClosingService;
  ballots: BallotsService;
  costShares: CostShareService;
}

export function voteServices(kit: Kit, needs: { audit: AuditService; matters: MatterServices; stats: StatsService }): VoteServices {
  const { audit } = needs;
  // Voters count towards participation too.
  needs.stats.addParticipantSource(votersBetween);
  return {
    opening: new VoteOpeningService(audit, needs.matters.timeline),
    closing: new VoteClosingService(audit, needs.matters.timeline, kit.pubSub),
    ballots: new BallotsService(audit, kit.pubSub),
    costShares: new CostShareService(audit),
  };
}
