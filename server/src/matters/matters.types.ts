import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { MatterCategory, MatterStatus, MatterStep, ResolutionOutcome } from './enums';
import { Matter } from './matter.entity';
import type { MatterLike } from './matter-row';

@InputType({ description: 'What a resident chose at the kiosk: a category, perhaps a common problem and a place, perhaps words.' })
export class RaiseChoiceInput {
  @Field(() => ID)
  pavilionId!: string;

  @Field(() => MatterCategory)
  category!: MatterCategory;

  @Field(() => ID, { nullable: true, description: 'A common problem of the category (commonProblems); with one, title and description are optional.' })
  problemId?: string | null;

  @Field(() => ID, { nullable: true, description: "A building of the pavilion's community." })
  buildingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A unit of that building; the building follows from it.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: '4 to 60 characters; required without a problem.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters.' })
  description?: string | null;
}

@InputType()
export class RaiseMatterInput extends RaiseChoiceInput {
  @Field(() => String, { nullable: true, description: 'A mainland mobile number; shown to staff of the community only.' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Sending a draft made at a kiosk (from the phone that scanned it); a draft is sent once.' })
  draftCode?: string | null;
}

@ObjectType({ description: 'A raise begun at a kiosk and continued on a phone; its code is in the QR code.' })
export class RaiseDraft {
  @Field(() => String)
  code!: string;

  @Field(() => ID)
  pavilionId!: string;

  @Field(() => MatterCategory)
  category!: MatterCategory;

  @Field(() => ID, { nullable: true })
  problemId?: string | null;

  @Field(() => ID, { nullable: true })
  buildingId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Estate, building and unit in words.' })
  place?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'Already sent: it made its matter.' })
  sent!: boolean;
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

@InputType({ description: "The staff's filters; every one narrows, and all stay within the caller's communities." })
export class StaffMatterFilter {
  @Field(() => ID, { nullable: true })
  communityId?: string | null;

  @Field(() => [MatterStatus], { nullable: true })
  status?: MatterStatus[] | null;

  @Field(() => MatterStep, { nullable: true })
  step?: MatterStep | null;

  @Field(() => [MatterCategory], { nullable: true })
  category?: MatterCategory[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Untriaged for more than 2 hours (true), or not (false).' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'On the follow-up list after a low rating.' })
  followUp?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Raised at or after.' })
  createdFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Raised before.' })
  createdTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'A tracking code, or words of the title or the place.' })
  search?: string | null;
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
