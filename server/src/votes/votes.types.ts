import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { BallotChoice, ScopeKind, VoteRule, VoteStatus } from './enums';

@InputType()
export class OpenVoteInput {
  @Field(() => ID)
  matterId!: string;

  @Field(() => String)
  question!: string;

  @Field(() => VoteRule)
  rule!: VoteRule;

  @Field(() => ScopeKind)
  scopeKind!: ScopeKind;

  @Field(() => ID)
  scopeId!: string;

  @Field(() => DateTimeScalar, { description: 'In the future, at most 60 days away.' })
  closesAt!: Date;
}

@ObjectType()
export class VoteTally {
  @Field(() => Int, { description: 'Owners (distinct owner keys), or households for a residents vote.' })
  eligibleOwners!: number;

  @Field(() => Float)
  eligibleAreaM2!: number;

  @Field(() => Int)
  participatingOwners!: number;

  @Field(() => Float)
  participatingAreaM2!: number;

  @Field(() => Int)
  eligibleHomes!: number;
}

@ObjectType()
export class VoteResult {
  @Field(() => Boolean)
  passed!: boolean;

  @Field(() => Boolean)
  quorumMet!: boolean;

  @Field(() => Int)
  yesOwners!: number;

  @Field(() => Float)
  yesAreaM2!: number;

  @Field(() => Int)
  noOwners!: number;

  @Field(() => Float)
  noAreaM2!: number;

  @Field(() => Int)
  abstainOwners!: number;

  @Field(() => Float)
  abstainAreaM2!: number;

  @Field(() => String, { description: 'The published wording of the result.' })
  summary!: string;
}

@ObjectType()
export class BallotReceipt {
  @Field(() => String, { description: 'A code the voter keeps; verifyBallot(receipt) shows that the ballot was counted.' })
  receipt!: string;

  @Field(() => DateTimeScalar)
  castAt!: Date;
}

@ObjectType()
export class BallotVerification {
  @Field(() => Boolean)
  found!: boolean;

  @Field(() => BallotChoice, { nullable: true })
  choice!: BallotChoice | null;

  @Field(() => VoteStatus, { nullable: true })
  voteStatus!: VoteStatus | null;
}

@ObjectType({ description: 'One ballot of a closed vote as published: its receipt and choice, not who cast it.' })
export class PublishedBallot {
  @Field(() => String)
  receipt!: string;

  @Field(() => BallotChoice)
  choice!: BallotChoice;
}

@ObjectType({ description: "A home of a vote's frozen electorate, for staff collecting paper ballots." })
export class ElectorView {
  @Field(() => ID)
  homeId!: number;

  @Field(() => String, { description: 'Building, unit and room.' })
  label!: string;

  @Field(() => Int)
  floor!: number;

  @Field(() => Float)
  areaM2!: number;

  @Field(() => Boolean, { description: "Whether this home's owner (or household) has voted, through any home." })
  voted!: boolean;
}

@InputType()
export class FloorCoefficientInput {
  @Field(() => Int)
  floor!: number;

  @Field(() => Int, { description: 'Thousandths: 700 is a coefficient of 0.7.' })
  permille!: number;
}

@InputType()
export class CostShareInput {
  @Field(() => ID)
  matterId!: string;

  @Field(() => ScopeKind, { description: 'BUILDING or UNIT.' })
  scopeKind!: ScopeKind;

  @Field(() => ID)
  scopeId!: string;

  @Field(() => Int, { description: 'Total cost in fen.' })
  totalCostFen!: number;

  @Field(() => Int, { description: 'Subsidy in fen.' })
  subsidyFen!: number;

  @Field(() => [FloorCoefficientInput], { nullable: true, description: 'Floor coefficients; the default is 3: 0.7, 4: 0.8 ... 9: 1.3, then +0.1 a floor.' })
  coefficients?: FloorCoefficientInput[] | null;
}

@ObjectType()
export class HomeCostShare {
  @Field(() => ID)
  homeId!: number;

  @Field(() => String)
  room!: string;

  @Field(() => Int)
  floor!: number;

  @Field(() => Float)
  areaM2!: number;

  @Field(() => Int, { description: 'Thousandths.' })
  coefficientPermille!: number;

  @Field(() => Int)
  shareFen!: number;
}

@ObjectType()
export class CostSharePlan {
  @Field(() => ID)
  matterId!: number;

  @Field(() => Int)
  totalCostFen!: number;

  @Field(() => Int)
  subsidyFen!: number;

  @Field(() => Int)
  netCostFen!: number;

  @Field(() => DateTimeScalar)
  calculatedAt!: Date;

  @Field(() => [HomeCostShare])
  shares!: HomeCostShare[];
}
