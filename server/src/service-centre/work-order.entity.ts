import { BeforeCreate, BeforeUpdate, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { Matter } from '../matters/matter.entity';
import { Building } from '../register/building.entity';
import { Community } from '../register/community.entity';
import { Home } from '../register/home.entity';
import { Pavilion } from '../register/pavilion.entity';
import { ServiceItem } from './catalogue.entity';
import { dueAtOf } from './clocks';
import { WorkOrderSource, WorkOrderStatus } from './enums';
import { ServiceTeam } from './team.entity';

@Entity({ tableName: 'work_order' })
@Index({ properties: ['community', 'status'] })
@Index({ properties: ['team', 'status'] })
@Index({ properties: ['community', 'dueAt'] })
@Index({ properties: ['team', 'dueAt'] })
@Index({ properties: ['status', 'respondBy'] })
@Index({ properties: ['reportedAt'] })
@Index({ properties: ['community', 'item', 'building', 'status'] })
@Index({ properties: ['matter'] })
@ObjectType({ description: 'A job for a service team: report, dispatch, acknowledge, work, check, done, rated.' })
export class WorkOrder {
  [OptionalProps]?: 'dueAt' | 'reporterCount' | 'urgeCount' | 'reworkCount' | 'followUp' | 'respondWarned' | 'resolveWarned' | 'version';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 16, unique: true })
  @Field(() => String, { description: "Same alphabet and rules as a matter's tracking code; the right to urge, reopen and rate." })
  trackingCode!: string;

  /** The item version it was promised under. */
  @ManyToOne(() => ServiceItem, { ref: true })
  item!: Ref<ServiceItem>;

  @Property({ type: 'string', length: 20 })
  @Field(() => WorkOrderStatus)
  status!: WorkOrderStatus;

  @Property({ type: 'string', length: 20 })
  @Field(() => WorkOrderSource)
  source!: WorkOrderSource;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @ManyToOne(() => Pavilion, { ref: true, nullable: true })
  pavilion?: Ref<Pavilion> | null;

  @ManyToOne(() => Building, { ref: true, nullable: true })
  building?: Ref<Building> | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the reporter said; public like a matter description.' })
  note?: string | null;

  @ManyToOne(() => ServiceTeam, { ref: true, nullable: true })
  team?: Ref<ServiceTeam> | null;

  @ManyToOne(() => Matter, { ref: true, nullable: true })
  matter?: Ref<Matter> | null;

  /** Shown to staff of the community and the order's team only. */
  @Property({ type: 'string', length: 20, nullable: true })
  contactPhone?: string | null;

  /** The home of a signed-in resident who reported it; never public. */
  @ManyToOne(() => Home, { ref: true, nullable: true })
  reportedBy?: Ref<Home> | null;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  reportedAt!: Date;

  @Property({ type: Date })
  @Field(() => DateTimeScalar, { description: 'Acknowledged by a team by then (wall-clock minutes from the report).' })
  respondBy!: Date;

  @Property({ type: Date })
  @Field(() => DateTimeScalar, { description: 'Done by then (wall-clock minutes from the report).' })
  resolveBy!: Date;

  @Property({ type: Date, nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  acknowledgedAt?: Date | null;

  @Property({ type: Date, nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  doneAt?: Date | null;

  /** Wall-clock minutes from the report to the first acknowledgement: the figure the centre is judged by. */
  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Wall-clock minutes from the report to the first acknowledgement.' })
  respondedInMinutes?: number | null;

  /** Whether the first DONE came by resolveBy. */
  @Property({ type: 'boolean', nullable: true })
  resolvedOnTime?: boolean | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Homes or kiosk reports that folded into this order (duplicates add reporters).' })
  reporterCount: number = 1;

  @Property({ type: 'integer' })
  @Field(() => Int)
  urgeCount: number = 0;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Times it was reopened after being done.' })
  reworkCount: number = 0;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it is on the ledger (挂账), or why it was cancelled.' })
  reason?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '1 to 5, given by the reporter after it is done.' })
  ratingSpeed?: number | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  ratingQuality?: number | null;

  /** Staff only. */
  @Property({ type: 'string', length: 500, nullable: true })
  ratingComment?: string | null;

  @Property({ type: Date, nullable: true })
  ratedAt?: Date | null;

  /** A low rating puts it on the office's follow-up list until someone says what was done. */
  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'On the follow-up list after a low rating.' })
  followUp: boolean = false;

  @Property({ type: 'boolean' })
  respondWarned: boolean = false;

  @Property({ type: 'boolean' })
  resolveWarned: boolean = false;

  /**
   * The deadline that runs now: respondBy until a team acknowledges, then resolveBy; null once
   * done, cancelled or on the ledger. Past it, the order is overdue; lists sort by it.
   */
  @Property({ type: Date, nullable: true })
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The deadline that runs now (respondBy, then resolveBy); null once done, cancelled or on the ledger. Lists sort by it.',
  })
  dueAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version!: number;

  @BeforeCreate()
  @BeforeUpdate()
  setDueAt() {
    this.dueAt = dueAtOf(this);
  }
}
