import type { AuditService } from '../audit';
import type { AuthService } from '../auth';
import type { Kit } from '../common/feature';
import type { MatterServices } from '../matters';
import { ByCodeService } from './by-code.service';
import { CatalogueService } from './catalogue.service';
import { DeadlineWatch } from './deadline-watch';
import { WorkOrderJournal } from './journal';
import type { Clock } from './order-change';
import { ServiceReference } from './reference';
import { TeamAdminService } from './team-admin.service';
import { staffTeams } from './teams';
import { ReportingService } from './reporting.service';
import { WorkFlowService } from './work-flow.service';
import { ordersBlockingCompletion } from './work-order-queries';

/** Repair reports per signed-in home per hour, unless the deployment says otherwise. */
export const REPORT_PER_HOME_PER_HOUR = 10;

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

export function serviceCentreServices(kit: Kit, needs: { audit: AuditService; auth: AuthService; matters: MatterServices }): ServiceCentreServices {
  const { audit, auth, matters } = needs;
  const clock = kit.clock;
  // Sign-in learns a staff member's teams from here; a matter completes only when its orders are done.
  auth.useTeams(staffTeams);
  matters.execution.addCompletionCheck(ordersBlockingCompletion);
  const reference = new ServiceReference(clock);
  const journal = new WorkOrderJournal(audit, kit.pubSub, reference, kit.database.driver, kit.buildingNews);
  const limits = kit.settings;
  return {
    catalogue: new CatalogueService(audit, reference),
    reporting: new ReportingService(
      reference,
      journal,
      {
        pavilion: kit.limiter({ keyPrefix: 'report-pavilion', points: limits.reportPerPavilionPerMinute!, durationSeconds: 60 }),
        home: kit.limiter({ keyPrefix: 'report-home', points: limits.reportPerHomePerHour ?? REPORT_PER_HOME_PER_HOUR, durationSeconds: 3600 }),
      },
      clock,
    ),
    flow: new WorkFlowService(journal, clock, matters.raising),
    teams: new TeamAdminService(auth, audit, reference),
    byCode: new ByCodeService(journal, kit.limiter({ keyPrefix: 'urge', points: 1, durationSeconds: 3600 }), clock),
    deadlines: new DeadlineWatch(journal, clock),
    reference,
    clock,
  };
}
