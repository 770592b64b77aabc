import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { MatterCategory, MatterStatus, MatterStep, ResolutionOutcome } from './enums';
import { Matter } from './matter.entity';
import type { MatterLike } from './matter-row';

@InputType()
export class RaiseMatterInput {
  @Field(() => ID)
  pavilionId!: string;

  @Field(() => String, { description: '4 to 60 characters.' })
  title!: string;

  @Field(() => String, { description: 'Up to 2,000 characters.' })
  description!: string;

  @Field(() => MatterCategory)
  category!: MatterCategory;

  @Field(() => String, { nullable: true, description: 'A mainland mobile number; shown to staff of the community only.' })
  contactPhone?: string | null;
}

@InputType()
export class ResolutionInput {
  @Field(() => String)
  summary!: string;

  @Field(() => ResolutionOutcome)
  outcome!: ResolutionOutcome;
}

@InputType()
export class MatterFilter {
  @Field(() => ID, { nullable: true })
  pavilionId?: string | null;

  @Field(() => ID, { nullable: true })
  communityId?: string | null;

  @Field(() => [MatterStatus], { nullable: true })
  status?: MatterStatus[] | null;

  @Field(() => MatterStep, { nullable: true })
  step?: MatterStep | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class MatterEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Matter)
  node!: MatterLike;
}

@ObjectType()
export class MatterConnection {
  @Field(() => [MatterEdge])
  edges!: MatterEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType({ description: "The branch's resolution (决议), published as a public notice." })
export class Resolution {
  @Field(() => String)
  summary!: string;

  @Field(() => ResolutionOutcome)
  outcome!: ResolutionOutcome;

  @Field(() => DateTimeScalar)
  decidedAt!: Date;
}
