import type { AuditService } from '../audit';
import type { Kit } from '../common/feature';
import type { MatterServices } from '../matters';
import { CompanyService } from './companies.service';
import { EvaluationImports } from './imports.service';
import { InspectionService } from './inspections.service';
import { ResidentEvaluationService } from './residents.service';
import { PropertyReviewService } from './review.service';
import { ScorecardService } from './scorecards.service';
import { StandardStore } from './standards';

/** One-click complaints about a property company per home per day. */
export const COMPLAINTS_PER_HOME_PER_DAY = 3;

/** The evaluation of property companies, one object per use case, built once per process. */
export interface EvaluationServices {
  standards: StandardStore;
  companies: CompanyService;
  residents: ResidentEvaluationService;
  inspections: InspectionService;
  imports: EvaluationImports;
  scorecards: ScorecardService;
  reviews: PropertyReviewService;
  clock: () => Date;
}

export function evaluationServices(kit: Kit, needs: { audit: AuditService; matters: MatterServices }): EvaluationServices {
  const { audit } = needs;
  const { pubSub, clock } = kit;
  const standards = new StandardStore(audit, pubSub);
  return {
    standards,
    companies: new CompanyService(audit, pubSub),
    residents: new ResidentEvaluationService(
      standards,
      pubSub,
      kit.limiter({ keyPrefix: 'complain-home', points: COMPLAINTS_PER_HOME_PER_DAY, durationSeconds: 86_400 }),
      clock,
    ),
    inspections: new InspectionService(standards, audit, pubSub, clock),
    imports: new EvaluationImports(standards, audit, pubSub, clock),
    scorecards: new ScorecardService(standards, audit, pubSub, clock),
    reviews: new PropertyReviewService(needs.matters.timeline, audit),
    clock,
  };
}
