import type { AuditService } from '../audit';
import type { Kit } from '../common/feature';
import type { MatterServices } from '../matters';
import type { VoteServices } from '../votes';
import { ConventionConsultation } from './consultation.service';
import { ConventionDrafting } from './drafting.service';
import { ConventionKeeping } from './keeping.service';

/** Comments and proposed wordings on a convention per home per hour. */
export const CONVENTION_WRITES_PER_HOME_PER_HOUR = 20;

/** Residents' conventions: drafting and deciding (the branch), consultation (residents), keeping (patrols). */
export interface ConventionServices {
  drafting: ConventionDrafting;
  consultation: ConventionConsultation;
  keeping: ConventionKeeping;
  /** Now, as the conventions' rules see it (tests move it). */
  clock: () => Date;
}

export function conventionServices(kit: Kit, needs: { audit: AuditService; matters: MatterServices; votes: VoteServices }): ConventionServices {
  const { pubSub, clock } = kit;
  const drafting = new ConventionDrafting(needs.audit, needs.matters.timeline, needs.votes.opening, pubSub, clock);
  // A vote on a convention moves its stage in the closing's own transaction.
  needs.votes.closing.onClosed((tx, vote, passed) => drafting.voteClosed(tx, vote, passed));
  return {
    drafting,
    consultation: new ConventionConsultation(
      kit.limiter({ keyPrefix: 'convention-home', points: CONVENTION_WRITES_PER_HOME_PER_HOUR, durationSeconds: 3600 }),
      pubSub,
      clock,
    ),
    keeping: new ConventionKeeping(pubSub, clock),
    clock,
  };
}
