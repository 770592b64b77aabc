import { Collection, Entity, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { Building } from '../register/building.entity';
import { Community } from '../register/community.entity';
import { Home } from '../register/home.entity';
import { Pavilion } from '../register/pavilion.entity';
import { Unit } from '../register/unit.entity';
import { MatterCategory, MatterStatus, MatterStep, ResolutionOutcome } from './enums';
import { stepOf } from './lifecycle';
import { MatterEvent } from './matter-event.entity';
import { Vote } from '../votes/vote.entity';

@Entity({ tableName: 'matter' })
// Boards list a pavilion's or a community's matters newest first.
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['pavilion', 'createdAt', 'id'] })
@Index({ properties: ['community', 'createdAt', 'id'] })
@Index({ properties: ['community', 'status'] })
@ObjectType({ description: 'A matter a resident raised, followed through the three steps.' })
export class Matter {
  [OptionalProps]?: 'createdAt' | 'progress' | 'secondCount' | 'version' | 'step' | 'followUp';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 16, unique: true })
  @Field(() => String, { description: 'The code on the receipt; also the right to rate the result.' })
  trackingCode!: string;

  @Property({ type: 'string', length: 60 })
  @Field(() => String)
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  description!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => MatterCategory)
  category!: MatterCategory;

  @Property({ type: 'string', length: 20 })
  @Field(() => MatterStatus)
  status!: MatterStatus;

  @ManyToOne(() => Pavilion, { ref: true })
  pavilion!: Ref<Pavilion>;

  /** The pavilion's community, kept on the matter so boards and checks need no join. */
  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  /** Where the problem is, when the resident said so: a building of the community, and a unit of it. */
  @ManyToOne(() => Building, { ref: true, nullable: true })
  building?: Ref<Building> | null;

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  unit?: Ref<Unit> | null;

  /** The place in words, as the register named it when the matter was raised: boards show it with no join. */
  @Property({ type: 'string', length: 220, nullable: true })
  @Field(() => String, { nullable: true, description: 'Estate, building and unit, as the register names them.' })
  place?: string | null;

  /** The common problem the resident chose, if any (its id in commonProblems). */
  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The common problem chosen when raising, if any.' })
  problemId?: string | null;

  /** The home of the resident who raised it from a signed-in session; never public. */
  @ManyToOne(() => Home, { ref: true, nullable: true })
  raisedBy?: Ref<Home> | null;

  /** Shown to staff of the community only. */
  @Property({ type: 'string', length: 20, nullable: true })
  contactPhone?: string | null;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  createdAt: Date = new Date();

  @Property({ type: Date, nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the branch triaged it.' })
  triagedAt?: Date | null;

  @Property({ type: Date, nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  completedAt?: Date | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '0 to 100, reported by the community office while executing.' })
  progress: number = 0;

  @Property({ type: 'integer' })
  @Field(() => Int)
  secondCount: number = 0;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was declined (public).' })
  declineReason?: string | null;

  @Property({ type: 'text', nullable: true })
  resolutionSummary?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  resolutionOutcome?: ResolutionOutcome | null;

  @Property({ type: Date, nullable: true })
  resolvedAt?: Date | null;

  @ManyToOne(() => Matter, { ref: true, nullable: true })
  mergedInto?: Ref<Matter> | null;

  /** The owners' or residents' vote on this matter, set when it opens. */
  @ManyToOne(() => Vote, { ref: true, nullable: true })
  vote?: Ref<Vote> | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  rating?: number | null;

  @Property({ type: 'string', length: 500, nullable: true })
  ratingComment?: string | null;

  @Property({ type: Date, nullable: true })
  ratedAt?: Date | null;

  /** A rating of 1 or 2 puts the matter on the office's follow-up list until it is dealt with. */
  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'On the office’s follow-up list after a rating of 1 or 2.' })
  followUp: boolean = false;

  @Property({ type: 'integer', version: true })
  version!: number;

  @OneToMany(() => MatterEvent, (e) => e.matter, { orderBy: { at: 'asc', id: 'asc' } })
  events = new Collection<MatterEvent>(this);

  /** Which of the three steps (or done); GraphQL's `step` comes from the field resolver, for rows too. */
  get step(): MatterStep {
    return stepOf(this.status);
  }
}
