import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { MatterCategory, MatterStep } from '../matters';

@ObjectType()
export class StepCount {
  @Field(() => MatterStep)
  step!: MatterStep;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class CategoryCount {
  @Field(() => MatterCategory)
  category!: MatterCategory;

  @Field(() => Int)
  raised!: number;

  @Field(() => Int)
  resolved!: number;
}

@ObjectType({ description: 'Minutes, over the matters that reached that point.' })
export class Durations {
  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true })
  medianMinutes!: number | null;

  @Field(() => Float, { nullable: true })
  p90Minutes!: number | null;
}

@ObjectType()
export class Participation {
  @Field(() => Int, { description: 'Homes that raised, seconded or voted in the period.' })
  homes!: number;

  @Field(() => Int)
  homesInScope!: number;

  @Field(() => Float, { description: 'homes / homesInScope, 0 to 1.' })
  rate!: number;
}

@ObjectType({ description: 'Figures of one community, or of the whole sub-district, over matters raised in [from, to).' })
export class Stats {
  @Field(() => DateTimeScalar)
  from!: Date;

  @Field(() => DateTimeScalar)
  to!: Date;

  @Field(() => Int)
  raised!: number;

  @Field(() => Int, { description: 'Of those raised, how many are completed.' })
  resolved!: number;

  @Field(() => [StepCount])
  byStep!: StepCount[];

  @Field(() => [CategoryCount])
  byCategory!: CategoryCount[];

  @Field(() => Durations, { description: 'From raising to triage; the target is under 2 hours.' })
  triage!: Durations;

  @Field(() => Int, { description: 'Matters triaged within 2 hours of being raised.' })
  triagedWithinTarget!: number;

  @Field(() => Durations, { description: 'From raising to completion.' })
  completion!: Durations;

  @Field(() => Float, { nullable: true })
  meanRating!: number | null;

  @Field(() => Int)
  ratings!: number;

  @Field(() => Participation)
  participation!: Participation;
}
