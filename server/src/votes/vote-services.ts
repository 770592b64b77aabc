import type { BallotsService } from './ballots.service';
import type { VoteClosingService } from './closing.service';
import type { CostShareService } from './cost-share.service';
import type { VoteOpeningService } from './opening.service';

/** The four parts of a vote's life. */
export interface VoteServices {
  opening: VoteOpeningService;
  closing: VoteClosingService;
  ballots: BallotsService;
  costShares: CostShareService;
}
