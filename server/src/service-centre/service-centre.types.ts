import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../matters';
import { ServiceItem } from './catalogue.entity';
import { ServiceTeamKind, WorkOrderStatus } from './enums';
import { ServiceTeam } from './team.entity';
import { WorkOrder } from './work-order.entity';

@ObjectType('ServiceCategory', { description: "One of the catalogue's categories (the seed: 6 categories, 23 items)." })
export class ServiceCategoryView {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [ServiceItem])
  items!: ServiceItem[];
}

@ObjectType()
export class WorkOrderEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => WorkOrder)
  node!: WorkOrder;
}

@ObjectType()
export class WorkOrderConnection {
  @Field(() => [WorkOrderEdge])
  edges!: WorkOrderEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@InputType()
export class WorkOrderFilter {
  @Field(() => ID, { nullable: true })
  communityId?: string | null;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => [WorkOrderStatus], { nullable: true })
  status?: WorkOrderStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Past the deadline that runs now (respond, then resolve).' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'On the follow-up list after a low rating.' })
  followUp?: boolean | null;

  @Field(() => ID, { nullable: true })
  matterId?: string | null;

  @Field(() => String, { nullable: true, description: 'One order by its tracking code, typed in any case with or without spaces and dashes.' })
  trackingCode?: string | null;
}

@ObjectType({ description: 'Public figures of the service centre for a period: medians and rates, with the counts behind them.' })
export class ServiceLevels {
  @Field(() => Int, { description: 'Orders reported in the period, cancelled ones left out.' })
  orders!: number;

  @Field(() => Int, { description: 'Orders acknowledged by a team: the count behind the respond minutes.' })
  responded!: number;

  @Field(() => Float, { nullable: true, description: 'Wall-clock minutes from report to acknowledgement.' })
  medianRespondMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Wall-clock minutes.' })
  p90RespondMinutes!: number | null;

  @Field(() => Int, { description: 'Responded orders and open ones already past respondBy: what the respond rate is of.' })
  respondCounted!: number;

  @Field(() => Float, { nullable: true })
  onTimeRespondRate!: number | null;

  @Field(() => Int, { description: 'Orders done and open ones already past resolveBy: what the resolve rate is of.' })
  resolveCounted!: number;

  @Field(() => Float, { nullable: true })
  onTimeResolveRate!: number | null;

  @Field(() => Int)
  done!: number;

  @Field(() => Int, { description: 'Done orders that were reopened at least once.' })
  reworked!: number;

  @Field(() => Float, { nullable: true })
  reworkRate!: number | null;

  @Field(() => Int)
  rated!: number;

  @Field(() => Float, { nullable: true, description: 'Mean of speed and quality, 1 to 5.' })
  averageRating!: number | null;
}

@ObjectType({ description: "A team's figures and its place among the community's teams (ranked only with at least 10 orders)." })
export class ServiceTeamLevels {
  @Field(() => ServiceTeam)
  team!: ServiceTeam;

  @Field(() => Int, { nullable: true, description: 'By median respond minutes; null with fewer than 10 orders.' })
  rank!: number | null;

  @Field(() => ServiceLevels)
  levels!: ServiceLevels;
}

@InputType()
export class ReportRepairInput {
  @Field(() => ID)
  pavilionId!: string;

  @Field(() => String)
  itemCode!: string;

  @Field(() => ID, { nullable: true })
  buildingId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Mainland mobile number; staff of the community only.' })
  contactPhone?: string | null;
}

@InputType()
export class CreateWorkOrderInput {
  @Field(() => ID, { description: 'A matter IN_EXECUTION that this order carries out.' })
  matterId!: string;

  @Field(() => String)
  itemCode!: string;

  @Field(() => ID, { nullable: true })
  buildingId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'A change of a catalogue item; unset fields keep their value. Makes a new version.' })
export class ServiceItemChange {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  standard?: string | null;

  @Field(() => Int, { nullable: true })
  respondMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  resolveMinutes?: number | null;

  @Field(() => Boolean, { nullable: true })
  paid?: boolean | null;
}

@InputType({ description: 'A new service team of a community, with its duty roster.' })
export class NewServiceTeamInput {
  @Field(() => ID)
  communityId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ServiceTeamKind)
  kind!: ServiceTeamKind;

  @Field(() => [Int], { description: 'Weekdays on duty, 1 Monday .. 7 Sunday (Beijing time).' })
  weekdays!: number[];
}

@InputType({ description: "A team member's phone account (SERVICE_STAFF)." })
export class NewServiceTeamMemberInput {
  @Field(() => String, { description: '3 to 64 lower-case letters, digits, dots, dashes or underscores.' })
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: 'At least 8 characters; the member changes nothing else with it.' })
  password!: string;
}

@ObjectType({ description: "A member of a service team, as the community's office sees them." })
export class TeamMember {
  @Field(() => ID, { description: "The member's staff account." })
  id!: number;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;
}
