import type { ByCodeService } from './by-code.service';
import type { CatalogueService } from './catalogue.service';
import type { DeadlineWatch } from './deadline-watch';
import type { Clock } from './order-change';
import type { ServiceReference } from './reference';
import type { TeamAdminService } from './team-admin.service';
import type { ReportingService } from './reporting.service';
import type { WorkFlowService } from './work-flow.service';

/** The service centre's use cases, one object each, built once per process. */
export interface ServiceCentreServices {
  catalogue: CatalogueService;
  reporting: ReportingService;
  flow: WorkFlowService;
  teams: TeamAdminService;
  byCode: ByCodeService;
  deadlines: DeadlineWatch;
  /** Items and teams as kept in the process. */
  reference: ServiceReference;
  /** Wall-clock time of the centre's clocks (tests move it). */
  clock: Clock;
}
