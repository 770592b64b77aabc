import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { BreachOutcome } from './enums';

@ObjectType('ArticleChange')
export class ArticleChangeView {
  @Field(() => Int) number!: number;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('ConventionVersion')
export class ConventionVersionView {
  @Field(() => Int) version!: number;
  @Field(() => DateTimeScalar) publishedAt!: Date;
  @Field(() => [String], { description: 'The articles of this version, in order.' }) articles!: string[];
  @Field(() => [ArticleChangeView], { description: 'What changed from the previous version, article by article.' }) changes!: ArticleChangeView[];
}

@ObjectType('BreachCount')
export class BreachCountView {
  @Field(() => Int) articleNumber!: number;
  @Field(() => String, { description: '2026-11.' }) month!: string;
  @Field(() => Int) count!: number;
}

@InputType()
export class DraftConventionInput {
  @Field(() => String) title!: string;
  @Field(() => [ID]) communityIds!: string[];
  @Field(() => [String]) articles!: string[];
}

@InputType()
export class RecordBreachInput {
  @Field(() => ID) conventionId!: string;
  @Field(() => Int) articleNumber!: number;
  @Field(() => String) place!: string;
  @Field(() => ID, { nullable: true }) buildingId?: string | null;
  @Field(() => BreachOutcome) outcome!: BreachOutcome;
  @Field(() => String, { nullable: true }) note?: string | null;
}
