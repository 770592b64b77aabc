import type { DeliberationService } from './deliberation.service';
import type { ExecutionService } from './execution.service';
import type { MatterQueries } from './queries';
import type { RaisingService } from './raising.service';

/** The three steps and the reading of matters. */
export interface MatterServices {
  raising: RaisingService;
  deliberation: DeliberationService;
  execution: ExecutionService;
  queries: MatterQueries;
}
