/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { EvaluationStandardVersion } from './standard.entity';
import { PropertyRating, PropertyRatingScore } from './rating.entity';
import { Inspection, InspectionScore } from './inspection.entity';
import { ThirdPartyScore } from './third-party-score.entity';
import { FeeCollectionRow } from './fee-collection.entity';
import { PropertyComplaint } from './complaint.entity';
import { EvaluationClose, FrozenScorecard } from './closing.entity';
import { PropertyReview } from './review.entity';
import { EvaluationResolver, MatterScorecardResolver, PropertyCompanyFieldsResolver, ScorecardFieldsResolver } from './evaluation.resolver';
import { evaluationServices } from './evaluation-services';

export { ComplaintTopic, EvaluationPeriodKind, IndicatorSource } from './enums';
export { EvaluationClose, FrozenScorecard } from './closing.entity';
export { PropertyComplaint } from './complaint.entity';
export { FeeCollectionRow } from './fee-collection.entity';
export { Inspection, InspectionScore } from './inspection.entity';
export { PropertyRating, PropertyRatingScore } from './rating.entity';
export { PropertyReview } from './review.entity';
export { EvaluationStandardVersion } from './standard.entity';
export { ThirdPartyScore } from './third-party-score.entity';
export { CompanyService } from './companies.service';
export type { EvaluationServices } from './evaluation-services';
export { EvaluationImports } from './imports.service';
export { InspectionService } from './inspections.service';
export { monthOf, parsePeriod } from './period';
export { ResidentEvaluationService } from './residents.service';
export { PropertyReviewService } from './review.service';
export { ScorecardService } from './scorecards.service';
export { indicatorsOf } from './standard';
export { StandardStore } from './standards';
export { monthsUpTo } from './trend';

/** The feature, declared once: what the ORM and the schema take from it. */
export const evaluationFeature = defineFeature({
  name: 'evaluation',
  services: evaluationServices,
  entities: [
    EvaluationStandardVersion,
    PropertyRating,
    PropertyRatingScore,
    Inspection,
    InspectionScore,
    ThirdPartyScore,
    FeeCollectionRow,
    PropertyComplaint,
    EvaluationClose,
    FrozenScorecard,
    PropertyReview,
  ],
  resolvers: (s) => [new EvaluationResolver(s), new PropertyCompanyFieldsResolver(), new ScorecardFieldsResolver(), new MatterScorecardResolver(s)],
});
