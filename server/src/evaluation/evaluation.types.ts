import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Estate, PropertyCompany } from '../register';
import { ComplaintTopic, EvaluationPeriodKind, IndicatorSource, OrderMeasure } from './enums';
import { DateTimeScalar } from '../common/scalars';

@ObjectType('EvaluationIndicator')
export class EvaluationIndicatorView {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: 'Points of 100 that this indicator carries.' }) weight!: number;
  @Field(() => IndicatorSource) source!: IndicatorSource;
  @Field(() => String, { description: 'How the score is measured, in words residents understand.' }) method!: string;
  @Field(() => String, { nullable: true, description: 'RESIDENT_RATING: the question residents answer with 1 to 5 stars.' }) question?: string | null;
  @Field(() => OrderMeasure, { nullable: true, description: 'WORK_ORDERS: which figure of the orders.' }) measure?: OrderMeasure | null;
}

@ObjectType('EvaluationDimension')
export class EvaluationDimensionView {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) weight!: number;
  @Field(() => [EvaluationIndicatorView]) indicators!: EvaluationIndicatorView[];
}

@ObjectType('EvaluationGrade', { description: 'A band of totals and what the standard ties to it.' })
export class EvaluationGradeView {
  @Field(() => String) grade!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: 'The lowest total of the band.' }) min!: number;
  @Field(() => String, { description: 'Credit and contract renewal.' }) consequence!: string;
  @Field(() => String, { description: 'The band the property fee may float in.' }) feeFloat!: string;
  @Field(() => Boolean, { description: 'Warns against renewal: the owners may vote on re-appointing the company.' }) renewalWarning!: boolean;
}

@ObjectType('EvaluationStandard')
export class EvaluationStandardView {
  @Field(() => Int) version!: number;
  @Field(() => String) title!: string;
  @Field(() => [EvaluationDimensionView]) dimensions!: EvaluationDimensionView[];
  @Field(() => [EvaluationGradeView]) grades!: EvaluationGradeView[];
}

@ObjectType('IndicatorScore')
export class IndicatorScoreView {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) weight!: number;
  @Field(() => Float, { description: "0 to the indicator's weight." }) points!: number;
  @Field(() => String, { description: "Where the number comes from, e.g. '41 of 44 orders on time'." }) basis!: string;
  @Field(() => Boolean, { description: 'False when the period had no basis and it counts at the rate of the other indicators.' }) scored!: boolean;
}

@ObjectType('DimensionScore')
export class DimensionScoreView {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) weight!: number;
  @Field(() => Float) points!: number;
  @Field(() => [IndicatorScoreView]) indicators!: IndicatorScoreView[];
}

@ObjectType('Scorecard')
export class ScorecardView {
  companyId!: number;
  @Field(() => EvaluationPeriodKind) kind!: EvaluationPeriodKind;
  @Field(() => String, { description: '2026-11, 2026-Q4 or 2026.' }) period!: string;
  @Field(() => Float, { description: '0 to 100.' }) total!: number;
  @Field(() => String) grade!: string;
  @Field(() => String) gradeName!: string;
  @Field(() => String) consequence!: string;
  @Field(() => String) feeFloat!: string;
  @Field(() => Boolean) renewalWarning!: boolean;
  @Field(() => Int, { description: 'Place among all companies in the period.' }) rank!: number;
  @Field(() => [DimensionScoreView]) dimensions!: DimensionScoreView[];
  @Field(() => Int, { description: 'Homes that rated in the period; 0 when fewer than 10 (never shown below 10).' }) residentRatings!: number;
  @Field(() => Boolean, { description: 'Closed periods are frozen and published; open ones are provisional.' }) final!: boolean;
  @Field(() => Int) standardVersion!: number;
}

@ObjectType('FeeCollection')
export class FeeCollectionView {
  @Field(() => Estate) estate!: Estate;
  @Field(() => String, { description: '2026-11.' }) month!: string;
  @Field(() => Int) billedHomes!: number;
  @Field(() => Int) paidHomes!: number;
  @Field(() => Float) rate!: number;
}

@ObjectType('PropertyMonth', { description: "One month of a company's figures, for charts." })
export class PropertyMonthView {
  @Field(() => String) month!: string;
  @Field(() => Int) complaints!: number;
  @Field(() => Float, { nullable: true, description: 'The overall question in points of 100; null below 10 homes.' }) satisfaction!: number | null;
  @Field(() => Int, { nullable: true, description: 'Null below 10 homes.' }) ratingHomes!: number | null;
  @Field(() => Float, { nullable: true }) feeRate!: number | null;
}

@ObjectType('StarsAnswer')
export class StarsAnswerView {
  @Field(() => String) code!: string;
  @Field(() => Int) points!: number;
}

@ObjectType('MyPropertyRating', { description: "The signed-in home's rating of this month, which it may change until the month ends." })
export class MyPropertyRatingView {
  @Field(() => String) month!: string;
  @Field(() => [StarsAnswerView]) scores!: StarsAnswerView[];
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType('PropertyComplaint')
export class PropertyComplaintView {
  @Field(() => ID) id!: number;
  @Field(() => ComplaintTopic) topic!: ComplaintTopic;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@InputType()
export class IndicatorPointsInput {
  @Field(() => String) code!: string;
  @Field(() => Float) points!: number;
}

export { PropertyCompany };

@InputType()
export class EvaluationIndicatorInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) weight!: number;
  @Field(() => IndicatorSource) source!: IndicatorSource;
  @Field(() => String) method!: string;
  @Field(() => String, { nullable: true }) question?: string | null;
  @Field(() => OrderMeasure, { nullable: true }) measure?: OrderMeasure | null;
}

@InputType()
export class EvaluationDimensionInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [EvaluationIndicatorInput]) indicators!: EvaluationIndicatorInput[];
}

@InputType()
export class EvaluationGradeInput {
  @Field(() => String) grade!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) min!: number;
  @Field(() => String) consequence!: string;
  @Field(() => String) feeFloat!: string;
  @Field(() => Boolean) renewalWarning!: boolean;
}

@InputType({ description: 'A whole revised standard: weights of whole points adding to 100.' })
export class EvaluationStandardInput {
  @Field(() => String) title!: string;
  @Field(() => [EvaluationDimensionInput]) dimensions!: EvaluationDimensionInput[];
  @Field(() => [EvaluationGradeInput]) grades!: EvaluationGradeInput[];
}
