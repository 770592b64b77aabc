/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { ServiceCategory, ServiceItem } from './catalogue.entity';
import { ServiceDuty, ServiceTeam, ServiceTeamMember } from './team.entity';
import { WorkOrder } from './work-order.entity';
import { WorkOrderEvent } from './work-order-event.entity';
import {
  MatterWorkOrdersResolver,
  ServiceCentreResolver,
  ServiceTeamFieldsResolver,
  ViewerTeamsResolver,
  WorkOrderFieldsResolver,
} from './service-centre.resolver';
import { serviceCentreServices } from './service-centre-services';

export { OPEN_STATUSES, ServiceTeamKind, WorkOrderEventKind, WorkOrderSource, WorkOrderStatus } from './enums';
export { ServiceCategory, ServiceItem } from './catalogue.entity';
export { ServiceDuty, ServiceTeam, ServiceTeamMember } from './team.entity';
export { WorkOrderEvent } from './work-order-event.entity';
export { WorkOrder } from './work-order.entity';
export { ByCodeService } from './by-code.service';
export { CatalogueService } from './catalogue.service';
export { DeadlineWatch } from './deadline-watch';
export { WorkOrderJournal } from './journal';
export { ServiceReference } from './reference';
export { ReportingService } from './reporting.service';
export type { ServiceCentreServices } from './service-centre-services';
export { TeamAdminService } from './team-admin.service';
export { createTeam } from './team-setup';
export { WorkFlowService } from './work-flow.service';
export { staffTeams } from './teams';
export { ordersBlockingCompletion } from './work-order-queries';

/** The feature, declared once: what the ORM and the schema take from it. */
export const serviceCentreFeature = defineFeature({
  name: 'serviceCentre',
  entities: [ServiceCategory, ServiceItem, ServiceTeam, ServiceTeamMember, ServiceDuty, WorkOrder, WorkOrderEvent],
  services: serviceCentreServices,
  resolvers: (s) => [
    new ServiceCentreResolver(s),
    new WorkOrderFieldsResolver(s),
    new ServiceTeamFieldsResolver(s),
    new MatterWorkOrdersResolver(),
    new ViewerTeamsResolver(),
  ],
});
