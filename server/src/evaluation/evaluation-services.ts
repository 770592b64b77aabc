import type { CompanyService } from './companies.service';
import type { EvaluationImports } from './imports.service';
import type { InspectionService } from './inspections.service';
import type { ResidentEvaluationService } from './residents.service';
import type { PropertyReviewService } from './review.service';
import type { ScorecardService } from './scorecards.service';
import type { StandardStore } from './standards';

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
