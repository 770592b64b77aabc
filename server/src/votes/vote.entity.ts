import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { Matter } from '../matters/matter.entity';
import { Community } from '../register/community.entity';
import { ScopeKind, VoteRule, VoteStatus } from './enums';

/**
 * A vote on a matter. Its electorate is frozen into `vote_elector` when it opens. While open,
 * participation is kept in running counters, updated in the same transaction as each ballot;
 * the yes/no split is computed once, at closing, and stored with a digest of the ballots.
 */
@Entity({ tableName: 'vote' })
@Index({ properties: ['status', 'closesAt'] })
@ObjectType()
export class Vote {
  [OptionalProps]?: 'status' | 'openedAt' | 'participatingVoters' | 'participatingArea';

  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Matter, { ref: true })
  @Unique()
  matter!: Ref<Matter>;

  @ManyToOne(() => Community, { ref: true })
  community!: Ref<Community>;

  @Property({ type: 'string', length: 200 })
  @Field(() => String)
  question!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => VoteRule)
  rule!: VoteRule;

  @Property({ type: 'string', length: 20 })
  @Field(() => ScopeKind)
  scopeKind!: ScopeKind;

  @Property({ type: 'integer' })
  scopeId!: number;

  /** E.g. "万泉街老旧楼栋一片区 万泉街路1号 1单元", for notices and the kiosk. */
  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'The estate, building or unit the vote covers, in words.' })
  scopeName!: string;

  @Property({ type: 'string', length: 10 })
  @Field(() => VoteStatus)
  status: VoteStatus = VoteStatus.OPEN;

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  openedAt: Date = new Date();

  @Property({ type: Date })
  @Field(() => DateTimeScalar)
  closesAt!: Date;

  @Property({ type: Date, nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  closedAt?: Date | null;

  /** Distinct voters in scope: owner keys, or homes for a residents' vote. */
  @Property({ type: 'integer' })
  eligibleVoters!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  eligibleAreaCentiM2!: number;

  @Property({ type: 'integer' })
  eligibleHomes!: number;

  @Property({ type: 'integer' })
  participatingVoters: number = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  participatingArea: number = 0;

  // The stored result, null until closed.
  @Property({ type: 'boolean', nullable: true })
  passed?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  quorumMet?: boolean | null;

  @Property({ type: 'integer', nullable: true })
  yesVoters?: number | null;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  yesArea?: number | null;

  @Property({ type: 'integer', nullable: true })
  noVoters?: number | null;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  noArea?: number | null;

  @Property({ type: 'integer', nullable: true })
  abstainVoters?: number | null;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  abstainArea?: number | null;

  /** SHA-256 over the sorted ballots, published at closing. */
  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'SHA-256 over the sorted ballots (receipt:choice lines); null until closed.' })
  digest?: string | null;

  @Property({ type: 'integer', nullable: true })
  openedBy?: number | null;
}
