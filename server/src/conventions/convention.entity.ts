import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StaffUser } from '../auth/staff-user.entity';
import { DateTimeScalar } from '../common/scalars';
import { Matter } from '../matters/matter.entity';
import { Community } from '../register/community.entity';
import { Vote } from '../votes/vote.entity';
import { ConventionStage } from './enums';

/** A residents' convention (居民公约) of one or more communities. */
@Entity({ tableName: 'convention' })
@ObjectType()
export class Convention {
  [OptionalProps]?: 'createdAt' | 'rowVersion';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'string', length: 60 })
  @Field(() => String)
  title!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => ConventionStage)
  stage!: ConventionStage;

  /** The latest published version of the text. */
  @Property({ type: 'integer' })
  @Field(() => Int)
  version!: number;

  /** The version the communities keep, while a review of it is under way too; null until one passes. */
  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The version in force (kept while a review goes on); null until a vote passes.' })
  inForceVersion?: number | null;

  @Property({ type: Date, nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  consultationClosesAt?: Date | null;

  /** The matter and vote of the latest vote on it. */
  @ManyToOne(() => Matter, { ref: true, nullable: true })
  matter?: Ref<Matter> | null;

  @ManyToOne(() => Vote, { ref: true, nullable: true })
  vote?: Ref<Vote> | null;

  @ManyToOne(() => StaffUser, { ref: true })
  draftedBy!: Ref<StaffUser>;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  createdAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  rowVersion!: number;
}

@Entity({ tableName: 'convention_community' })
@Unique({ properties: ['convention', 'community'] })
@Index({ properties: ['community'] })
export class ConventionCommunity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Convention, { ref: true })
  convention!: Ref<Convention>;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;
}
